// User-facing words of the question kinds, the session and feedback, in one catalogue. A second language
// is a second object of the same type. The engine returns data (grade notes, hints); these turn it into text.
import type { GradeNote, Hint } from './kinds/kind.js';

const plural = new Intl.PluralRules('en');
/** "1 question", "2 questions": Intl.PluralRules, not a hand-rolled test. */
export function count(n: number, one: string, other = `${one}s`): string {
  return `${n} ${plural.select(n) === 'one' ? one : other}`;
}

export const words = {
  ask: {
    single: 'Your answer:',
    multi: 'Select all that apply:',
    trueFalse: 'True or false?',
    true: 'True',
    false: 'False',
    recall: (hintsUsed: number, hintKey: string) => (hintsUsed < 2 ? `Your answer (type ${hintKey} for a hint):` : `Your answer (${hintKey} to reveal):`),
    list: (n: number) => `Type ${n} items, separated by commas:`,
    gap: (i: number, of: number) => (of > 1 ? `Gap ${i + 1}:` : 'Fill the gap:'),
    orderFirst: 'Which comes first?',
    orderNext: 'Which comes next?',
    matchLeft: (left: string) => `${left} goes with:`,
    classifyItem: (text: string) => `"${text}"`,
  },
  card: {
    chooseOne: 'choose one',
    chooseAll: 'choose all that apply',
    trueFalse: (prompt: string) => `True or false: ${prompt}`,
  },
  hint(h: Hint): string {
    return h.length === undefined ? `It starts with "${h.shown}".` : `It starts with "${h.shown}" and has ${h.length} characters.`;
  },
  note(n: GradeNote): string {
    switch (n.kind) {
      case 'missed': return `Missed: ${n.items.join('; ')}`;
      case 'not-right': return `Not right: ${n.items.join('; ')}`;
      case 'typo': return `Accepted with a small typo; the spelling is "${n.matched}".`;
      case 'missing': return `Missing: ${n.items.join(', ')}`;
      case 'gap-typo': return `Gap ${n.gap}: the spelling is "${n.matched}".`;
      case 'gap-wrong': return `Gap ${n.gap}: "${n.answer}"`;
      case 'placed': return `${n.right} of ${n.total} in the right place.`;
      case 'pair': return `${n.left} goes with ${n.right}`;
      case 'belongs': return `"${n.item}" belongs to ${n.category}`;
      case 'why': return `Why not "${n.choice}": ${n.note}`;
    }
  },
  listTypo: (given: string, matched: string) => `"${given}" accepted as "${matched}".`,
};
