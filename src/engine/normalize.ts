// Edit distance and the typo budget by length, for lookups (topics, terms) and "did you mean" in content
// errors. Typed answers are graded by src/grading, which has its own per-word rules.

/** Optimal-string-alignment distance: insertions, deletions, substitutions and swapped neighbours cost 1. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  let prevPrev = prev; // the row before `prev`; not read until the second row
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      // A swap of neighbours; in the first row or column one of them is out of range (undefined), so none matches.
      if (a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevPrev[j - 2]! + 1);
      cur[j] = d;
    }
    prevPrev = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Typos allowed for an answer of this length: none for short ones (B2B vs B2C must differ), then 1, 2, at most 3. */
export function allowedTypos(length: number): number {
  if (length <= 4) return 0;
  if (length <= 7) return 1;
  if (length <= 12) return 2;
  return 3;
}
