// A throwaway content pack holding one lesson and the quiz questions a test needs, written to a temp folder.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from './run-cli.js';

/** `questions` is the YAML list of quiz questions (topic `typed`, section `first`), indented by four spaces. */
export function packWith(questions: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'nm-tutor-pack-'));
  cpSync(path.join(repoRoot, 'tests/fixtures/typed/lessons'), path.join(dir, 'lessons'), { recursive: true });
  cpSync(path.join(repoRoot, 'tests/fixtures/typed/quizzes'), path.join(dir, 'quizzes'), { recursive: true });
  writeFileSync(path.join(dir, 'quizzes/typed.yaml'), `formatVersion: 1\nkind: quiz\ntopic: typed\nquestions:\n${questions}`);
  return dir;
}

/** A multi-select with why-notes for both wrong choices, then a true/false: the choice kinds' feedback. */
export const CHOICE_QUESTIONS = `  - id: typed-004
    section: first
    kind: multi
    prompt: Which are colours?
    choices: [Red, Blue, Seven, Loud]
    answer: [Red, Blue]
    explanation: Red and blue are colours.
    why:
      Seven: Seven is a number, not a colour.
      Loud: Loud describes a sound.
  - id: typed-005
    section: first
    kind: truefalse
    prompt: Seven is a colour.
    answer: false
    explanation: Seven is a number.
`;

/** A two-gap cloze. */
export const CLOZE_QUESTION = `  - id: typed-003
    section: first
    kind: cloze
    prompt: "The ___ P became the ___ C."
    answer: [price, cost]
    explanation: Price became cost.
`;

/** An explain question with two ideas and a misconception; `examples` is its examples list. */
export const explainQuestion = (examples: string) => `  - id: typed-explain
    section: first
    kind: explain
    prompt: "In your own words: what does the first section say about colours?"
    explanation: Colours have names, and red and blue are two of them.
    model: Every colour has a name, and red and blue are both colours.
    ideas:
      - id: names
        label: colours have names
        phrasings:
          - [colour|color, name]
      - id: examples
        label: red and blue are colours
        phrasings:
          - [red, blue]
    misconceptions:
      - id: numbers
        label: seven is a colour
        phrasings:
          - [seven, colour|color]
        correction: Seven is a number; red and blue are the colours here.
    examples:
${examples}`;

/** Examples that pass the rubric's own checks: full, partial, key-word list, misconception, copy, off-topic. */
export const goodExamples = `      - answer: Each colour has its own name; red is one and blue is another.
        ideas: [names, examples]
        misconceptions: []
        credit: full
      - answer: Red and blue are mentioned.
        ideas: [examples]
        misconceptions: []
        credit: partial
      - answer: colour name red blue
        ideas: [names, examples]
        misconceptions: []
        credit: partial
      - answer: Seven is a colour with a name.
        ideas: [names]
        misconceptions: [numbers]
        credit: none
      - answer: What does the first section say about colours?
        ideas: []
        misconceptions: []
        credit: none
      - answer: Shops sell paint in many tins.
        ideas: []
        misconceptions: []
        credit: none
`;
