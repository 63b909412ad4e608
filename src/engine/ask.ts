// Asks one question of any kind through the Prompter and returns the learner's response.
// Every kind is built from the four prompter calls, so it works the same in the terminal UI and in line mode.
import type { Question } from '../content/model.js';
import type { Prompter } from '../ui/prompter.js';
import { splitListAnswer, type Response } from './grade.js';
import { shuffle, type Random } from './random.js';

export interface Asked { readonly response: Response; readonly hintsUsed: number; readonly revealed: boolean }

export const HINT_REQUEST = '?';

/** The hint ladder for typed answers: first letter, then half the word, then give up. */
export function hintFor(answer: string, level: number): string {
  if (level === 1) return `It starts with "${answer[0]}" and has ${answer.length} characters.`;
  const shown = Math.ceil(answer.length / 2);
  return `It starts with "${answer.slice(0, shown)}".`;
}

export async function askQuestion(q: Question, prompter: Prompter, random: Random, say: (text: string) => void): Promise<Asked> {
  const plain = (response: Response): Asked => ({ response, hintsUsed: 0, revealed: false });
  switch (q.kind) {
    case 'single': {
      const choice = await prompter.choose('Your answer:', shuffle(q.choices, random).map((c) => ({ name: c, value: c })));
      return plain({ kind: 'single', choice });
    }
    case 'multi': {
      const choices = await prompter.chooseMany('Select all that apply:', shuffle(q.choices, random).map((c) => ({ name: c, value: c })));
      return plain({ kind: 'multi', choices });
    }
    case 'truefalse': {
      const value = await prompter.choose('True or false?', [{ name: 'True', value: true }, { name: 'False', value: false }]);
      return plain({ kind: 'truefalse', value });
    }
    case 'recall': {
      let hintsUsed = 0;
      for (;;) {
        const text = await prompter.text(hintsUsed < 2 ? `Your answer (type ${HINT_REQUEST} for a hint):` : 'Your answer (? to reveal):');
        if (text !== HINT_REQUEST) return { response: { kind: 'recall', text }, hintsUsed, revealed: false };
        if (hintsUsed >= 2) return { response: { kind: 'recall', text: '' }, hintsUsed, revealed: true };
        hintsUsed++;
        say(hintFor(q.answer.text, hintsUsed));
      }
    }
    case 'list': {
      const text = await prompter.text(`Type ${q.answer.length} items, separated by commas:`);
      return plain({ kind: 'list', items: splitListAnswer(text) });
    }
    case 'cloze': {
      const gaps: string[] = [];
      for (let i = 0; i < q.answer.length; i++) {
        gaps.push(await prompter.text(q.answer.length > 1 ? `Gap ${i + 1}:` : 'Fill the gap:'));
      }
      return plain({ kind: 'cloze', gaps });
    }
    case 'order': {
      let remaining = shuffle(q.answer, random);
      const items: string[] = [];
      while (remaining.length > 1) {
        const next = await prompter.choose(items.length === 0 ? 'Which comes first?' : 'Which comes next?', remaining.map((c) => ({ name: c, value: c })));
        items.push(next);
        remaining = remaining.filter((c) => c !== next);
      }
      items.push(...remaining);
      return plain({ kind: 'order', items });
    }
    case 'match': {
      const rights = shuffle(q.pairs.map((p) => p.right), random);
      const answer: Record<string, string> = Object.create(null);
      for (const pair of shuffle(q.pairs, random)) {
        answer[pair.left] = await prompter.choose(`${pair.left} goes with:`, rights.map((r) => ({ name: r, value: r })));
      }
      return plain({ kind: 'match', rights: answer });
    }
    case 'classify': {
      const answer: Record<string, string> = Object.create(null);
      for (const item of shuffle(q.items, random)) {
        answer[item.text] = await prompter.choose(`"${item.text}"`, q.categories.map((c) => ({ name: c, value: c })));
      }
      return plain({ kind: 'classify', categories: answer });
    }
  }
}
