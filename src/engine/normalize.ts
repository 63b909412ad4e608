// Forgiving comparison of typed answers: case, punctuation, articles and spacing never matter.
const ARTICLES = new Set(['a', 'an', 'the']);

export function normalizeAnswer(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((w) => w !== '' && !ARTICLES.has(w))
    .join(' ');
}

/** Optimal-string-alignment distance: insertions, deletions, substitutions and swapped neighbours cost 1. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevPrev[j - 2]! + 1);
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

export type TextMatch = 'exact' | 'typo' | 'none';

/** Compares a typed answer with one accepted spelling. */
export function matchText(given: string, expected: string): TextMatch {
  const g = normalizeAnswer(given);
  const e = normalizeAnswer(expected);
  if (!g || !e) return 'none';
  if (g === e) return 'exact';
  if (g.replace(/ /g, '') === e.replace(/ /g, '')) return 'exact';
  // Digits carry meaning (4P vs 4C, B2B vs B2C): a typo may not change them.
  if (g.replace(/\D/g, '') !== e.replace(/\D/g, '')) return 'none';
  if (editDistance(g, e) > allowedTypos(e.length)) return 'none';
  // Word by word too, so a phrase's length cannot hide a different word ("sales promotion" is not a
  // misspelt "site promotion"): each word gets only the typos its own length allows.
  const gw = g.split(' ');
  const ew = e.split(' ');
  if (gw.length === ew.length && ew.some((w, i) => editDistance(gw[i]!, w) > allowedTypos(w.length))) return 'none';
  return 'typo';
}
