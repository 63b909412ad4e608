// Grading: a learner's response against a question. Pure and table-tested.
import type { AcceptedText, Question } from '../content/model.js';
import { matchText, type TextMatch } from './normalize.js';

export type Response =
  | { kind: 'single'; choice: string }
  | { kind: 'multi'; choices: string[] }
  | { kind: 'truefalse'; value: boolean }
  | { kind: 'recall'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'cloze'; gaps: string[] }
  | { kind: 'order'; items: string[] }
  | { kind: 'match'; rights: Record<string, string> }
  | { kind: 'classify'; categories: Record<string, string> };

export interface Grade {
  /** 0..1; partial credit for lists, orders, matches and sorts. */
  readonly score: number;
  readonly correct: boolean;
  /** Notes for the learner: typos forgiven, items missing, pairs wrong. */
  readonly notes: readonly string[];
}

function grade(score: number, notes: string[] = []): Grade {
  const rounded = Math.round(score * 1000) / 1000;
  return { score: rounded, correct: rounded >= 1, notes };
}

export function matchAccepted(given: string, answer: AcceptedText): TextMatch {
  let best: TextMatch = 'none';
  for (const spelling of [answer.text, ...answer.accept]) {
    const m = matchText(given, spelling);
    if (m === 'exact') return 'exact';
    if (m === 'typo') best = 'typo';
  }
  return best;
}

/** Splits a typed list answer: commas, semicolons, new lines or " and ". */
export function splitListAnswer(text: string): string[] {
  return text.split(/[,;\n]|\band\b/i).map((s) => s.trim()).filter(Boolean);
}

export function gradeResponse(q: Question, r: Response): Grade {
  if (q.kind !== r.kind) throw new Error(`response kind ${r.kind} for ${q.kind} question ${q.id}`);
  switch (q.kind) {
    case 'single':
      return grade(r.kind === 'single' && r.choice === q.answer ? 1 : 0);
    case 'truefalse':
      return grade(r.kind === 'truefalse' && r.value === q.answer ? 1 : 0);
    case 'multi': {
      const picked = new Set(r.kind === 'multi' ? r.choices : []);
      const right = new Set(q.answer);
      const hits = [...picked].filter((c) => right.has(c)).length;
      const wrong = picked.size - hits;
      const missed = q.answer.filter((a) => !picked.has(a));
      const notes: string[] = [];
      if (missed.length) notes.push(`Missed: ${missed.join('; ')}`);
      if (wrong) notes.push(`Not right: ${[...picked].filter((c) => !right.has(c)).join('; ')}`);
      return grade(Math.max(0, (hits - wrong) / right.size), notes);
    }
    case 'recall': {
      const m = matchAccepted(r.kind === 'recall' ? r.text : '', q.answer);
      if (m === 'none') return grade(0);
      return grade(1, m === 'typo' ? [`Accepted with a small typo; the spelling is "${q.answer.text}".`] : []);
    }
    case 'list': {
      const given = r.kind === 'list' ? r.items : [];
      const remaining = [...q.answer];
      const notes: string[] = [];
      for (const item of given) {
        let idx = remaining.findIndex((a) => matchAccepted(item, a) === 'exact');
        if (idx < 0) idx = remaining.findIndex((a) => matchAccepted(item, a) === 'typo');
        if (idx >= 0) {
          const [hit] = remaining.splice(idx, 1);
          if (matchAccepted(item, hit!) === 'typo') notes.push(`"${item}" accepted as "${hit!.text}".`);
        }
      }
      const found = q.answer.length - remaining.length;
      if (remaining.length) notes.push(`Missing: ${remaining.map((a) => a.text).join(', ')}`);
      return grade(found / q.answer.length, notes);
    }
    case 'cloze': {
      const gaps = r.kind === 'cloze' ? r.gaps : [];
      const notes: string[] = [];
      let right = 0;
      q.answer.forEach((a, i) => {
        const m = matchAccepted(gaps[i] ?? '', a);
        if (m !== 'none') right++;
        if (m === 'typo') notes.push(`Gap ${i + 1}: the spelling is "${a.text}".`);
        if (m === 'none') notes.push(`Gap ${i + 1}: "${a.text}"`);
      });
      return grade(right / q.answer.length, notes);
    }
    case 'order': {
      const items = r.kind === 'order' ? r.items : [];
      const right = q.answer.filter((a, i) => items[i] === a).length;
      return grade(right / q.answer.length, right < q.answer.length ? [`${right} of ${q.answer.length} in the right place.`] : []);
    }
    case 'match': {
      const rights = r.kind === 'match' ? r.rights : {};
      const wrong = q.pairs.filter((p) => rights[p.left] !== p.right);
      return grade((q.pairs.length - wrong.length) / q.pairs.length, wrong.map((p) => `${p.left} goes with ${p.right}`));
    }
    case 'classify': {
      const given = r.kind === 'classify' ? r.categories : {};
      const wrong = q.items.filter((i) => given[i.text] !== i.category);
      return grade((q.items.length - wrong.length) / q.items.length, wrong.map((i) => `"${i.text}" belongs to ${i.category}`));
    }
  }
}

/** The correct answer as one line of text, for feedback. */
export function describeAnswer(q: Question): string {
  switch (q.kind) {
    case 'single': return q.answer;
    case 'multi': return q.answer.join('; ');
    case 'truefalse': return q.answer ? 'True' : 'False';
    case 'recall': return q.answer.text;
    case 'list': return q.answer.map((a) => a.text).join(', ');
    case 'cloze': return q.answer.map((a) => a.text).join(' / ');
    case 'order': return q.answer.map((a, i) => `${i + 1}. ${a}`).join('  ');
    case 'match': return q.pairs.map((p) => `${p.left} → ${p.right}`).join('; ');
    case 'classify': return q.categories.map((c) => `${c}: ${q.items.filter((i) => i.category === c).map((i) => i.text).join('; ')}`).join(' | ');
  }
}
