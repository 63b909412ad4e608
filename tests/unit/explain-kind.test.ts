// The explain kind alone: how an author writes a rubric (and what validate says when it is wrong), how a learner
// is asked, how an explanation is graded idea by idea, how the rubric's examples test it, and the learner ticking
// the ideas the grader missed. An in-memory quiz (the shared one-question fixture) and the empty lexicon.
import { describe, expect, test } from '@jest/globals';
import { readContentFile } from '../../src/content/decode-content.js';
import { parseYaml } from '../../src/content/parse-yaml.js';
import { Problems } from '../../src/content/yaml-readers.js';
import { seededRandom } from '../../src/engine/random.js';
import * as grading from '../../src/grading/index.js';
import { explain, SELF_SCORED_WEIGHT, type ExplainFields } from '../../src/kinds/explain.js';
import type { Grade, GradeNote, GradeTools, Hint, QuestionBase } from '../../src/kinds/kind.js';
import { words } from '../../src/words.js';
import { explainQuestion, goodExamples } from '../support/one-question-pack.js';
import { ScriptedPrompter } from '../support/scripted-prompter.js';

const tools: GradeTools = { grading, lexicon: grading.EMPTY_LEXICON };
type ExplainQuestion = QuestionBase & ExplainFields;

/** Reads a quiz whose questions are `questions` (YAML list items indented by two spaces), as validate does. */
function readQuiz(questions: string): { question: ExplainQuestion | null; problems: string[] } {
  const parsed = parseYaml(`formatVersion: 1\nkind: quiz\ntopic: typed\nquestions:\n${questions}`, 'q.yaml');
  if (!parsed.root) throw new Error(parsed.errors.join('\n'));
  const problems = new Problems('q.yaml');
  const content = readContentFile(parsed.root, problems, ['quiz']);
  const question = content?.kind === 'quiz' ? ((content.questions[0] as ExplainQuestion | undefined) ?? null) : null;
  return { question, problems: problems.list };
}

/** The explain question the fixture defines, with its rubric's examples replaced by `examples`. */
function colours(examples = goodExamples): ExplainQuestion {
  const { question, problems } = readQuiz(explainQuestion(examples));
  if (!question || problems.length) throw new Error(problems.join('\n'));
  return question;
}

/** A rubric of explain fields written by hand (no YAML), for the failures validate reports. */
const head = (rest: string) =>
  `  - id: e-1\n    section: s\n    kind: explain\n    prompt: Why?\n    explanation: E\n    model: M\n${rest}`;

describe('reading a rubric', () => {
  test('reads the model, ideas, misconceptions and examples with where each example is', () => {
    const q = colours();
    expect(q.kind).toBe('explain');
    expect(q.model).toBe('Every colour has a name, and red and blue are both colours.');
    expect(q.ideas).toEqual([
      { id: 'names', label: 'colours have names', phrasings: [['colour|color', 'name']] },
      { id: 'examples', label: 'red and blue are colours', phrasings: [['red', 'blue']] },
    ]);
    expect(q.misconceptions).toEqual([
      {
        id: 'numbers',
        label: 'seven is a colour',
        phrasings: [['seven', 'colour|color']],
        correction: 'Seven is a number; red and blue are the colours here.',
      },
    ]);
    expect(q.examples).toHaveLength(6);
    expect(q.examples[0]).toEqual({
      answer: 'Each colour has its own name; red is one and blue is another.',
      ideas: ['names', 'examples'],
      misconceptions: [],
      credit: 'full',
      where: 'q.yaml:27:9',
    });
    expect(q.examples[3]).toMatchObject({ misconceptions: ['numbers'], credit: 'none', where: 'q.yaml:39:9' });
  });

  test('an example without credit or id lists reads as expecting nothing, and has no credit', () => {
    const { question, problems } = readQuiz(
      head('    ideas:\n      - id: a\n        label: A\n        phrasings: [alpha]\n    examples:\n      - answer: Alpha it is.\n'),
    );
    expect(problems).toEqual([]);
    expect(question!.misconceptions).toEqual([]);
    expect(question!.examples).toStrictEqual([{ answer: 'Alpha it is.', ideas: [], misconceptions: [], where: 'q.yaml:16:9' }]);
  });

  test.each([
    [
      'an idea with no phrasing left',
      '    ideas:\n      - id: a\n        label: A\n        phrasings: [""]\n    examples:\n      - answer: X\n',
      ['q.yaml:14:21: each item of "phrasings" must be non-empty text', 'q.yaml:12:9: idea "a" needs at least one phrasing'],
    ],
    [
      'a misconception with no phrasing left, and one without a correction',
      '    ideas:\n      - id: a\n        label: A\n        phrasings: [alpha]\n    misconceptions:\n      - id: m\n        label: M\n        phrasings: [[""]]\n        correction: C\n      - id: n\n        label: N\n        phrasings: [nu]\n    examples:\n      - answer: X\n',
      [
        'q.yaml:18:22: each key term in "phrasings" must be non-empty text',
        'q.yaml:16:9: misconception "m" needs at least one phrasing',
        'q.yaml:20:9: a misconception is missing "correction" (text)',
      ],
    ],
    [
      'the same id twice',
      '    ideas:\n      - id: a\n        label: A\n        phrasings: [alpha]\n      - id: a\n        label: B\n        phrasings: [beta]\n    misconceptions:\n      - id: m\n        label: M\n        phrasings: [mu]\n        correction: C\n      - id: m\n        label: N\n        phrasings: [nu]\n        correction: D\n    examples:\n      - answer: X\n',
      ['q.yaml:12:7: "a" appears twice in "ideas"', 'q.yaml:19:7: "m" appears twice in "misconceptions"'],
    ],
    [
      'ideas, misconceptions and examples that are not mappings, and an unknown key',
      '    ideas:\n      - just text\n      - id: a\n        label: A\n        phrasings: [alpha]\n        phrasing: [oops]\n    misconceptions: [text]\n    examples: [text]\n',
      [
        'q.yaml:12:9: an idea must be a mapping of keys to values',
        'q.yaml:16:9: unknown key "phrasing" in an idea',
        'q.yaml:17:22: a misconception must be a mapping of keys to values',
        'q.yaml:18:16: an example must be a mapping of keys to values',
      ],
    ],
    [
      'no ideas and no examples',
      '    ideas: []\n    examples: []\n',
      ['q.yaml:11:12: "ideas" needs at least 1 item', 'q.yaml:12:15: "examples" needs at least 1 item'],
    ],
    [
      'an example naming ids the rubric does not have, an empty id, an unknown credit and an unknown key',
      '    ideas:\n      - id: a\n        label: A\n        phrasings: [alpha]\n    examples:\n      - answer: X\n        ideas: [a, b, ""]\n        misconceptions: [m]\n        credit: most\n        note: why\n',
      [
        'q.yaml:19:17: "credit" must be one of full, partial, none',
        'q.yaml:17:23: each id in "ideas" must be non-empty text',
        'q.yaml:17:16: example names idea "b", which the rubric does not have',
        'q.yaml:18:25: example names misconception "m", which the rubric does not have',
        'q.yaml:20:9: unknown key "note" in an example',
      ],
    ],
  ])('%s: each problem at file:line:col', (_what, rest, problems) => {
    expect(readQuiz(head(rest)).problems).toEqual(problems);
  });

  test('misconceptions may be left out; "ideas" and "examples" may not', () => {
    expect(readQuiz(head('')).problems).toEqual([
      'q.yaml:5:5: a question is missing "ideas" (a list)',
      'q.yaml:5:5: a question is missing "examples" (a list)',
    ]);
  });

  test('a credit the rubric allows is kept', () => {
    const { question } = readQuiz(
      head(
        '    ideas:\n      - id: a\n        label: A\n        phrasings: [alpha]\n    examples:\n      - answer: X\n        credit: partial\n',
      ),
    );
    expect(question!.examples[0]!.credit).toBe('partial');
  });
});

describe('asking', () => {
  test('asks for several lines; ? shows how many points, then what they are about, then reveals', async () => {
    const q = colours();
    const prompter = new ScriptedPrompter(['?', '?', '?']);
    const hints: Hint[] = [];
    const asked = await explain.ask(q, { prompter, random: seededRandom(1), hint: (h) => hints.push(h) });
    expect(asked).toEqual({ response: { text: '' }, hintsUsed: 2, revealed: true });
    expect(hints).toEqual([
      { kind: 'idea-count', count: 2 },
      { kind: 'idea-labels', labels: ['colours have names', 'red and blue are colours'] },
    ]);
    expect(prompter.asked).toEqual([words.ask.explain(2), words.ask.explain(1), words.ask.explain(0)]);
  });

  test('the typed lines are the answer', async () => {
    const prompter = new ScriptedPrompter([]);
    prompter.longText = async () => '  Red and blue.\nBoth colours.  ';
    prompter.text = async () => {
      throw new Error('an explanation is asked on several lines');
    };
    const asked = await explain.ask(colours(), { prompter, random: seededRandom(1), hint: () => {} });
    expect(asked).toEqual({ response: { text: 'Red and blue.\nBoth colours.' }, hintsUsed: 0, revealed: false });
  });
});

describe('grading an explanation', () => {
  const model: GradeNote = { kind: 'model', text: 'Every colour has a name, and red and blue are both colours.' };
  const idea = (label: string, covered: boolean, words: string[] = []): GradeNote => ({ kind: 'idea', label, covered, words });

  test('right in other words: every idea, with the words that earned it, then the model answer', () => {
    const q = colours();
    expect(explain.grade(q, { text: 'Each colour has its own name; red is one and blue is another.' }, tools)).toEqual({
      score: 1,
      correct: true,
      notes: [idea('colours have names', true, ['colour', 'name']), idea('red and blue are colours', true, ['red', 'blue']), model],
    });
  });

  test('partial: the missing idea is named as missing', () => {
    const q = colours();
    expect(explain.grade(q, { text: 'Red and blue are mentioned.' }, tools)).toEqual({
      score: 0.5,
      correct: false,
      notes: [idea('colours have names', false), idea('red and blue are colours', true, ['Red', 'blue']), model],
    });
  });

  test('a misconception costs an idea and shows its correction', () => {
    const q = colours();
    expect(explain.grade(q, { text: 'Seven is a colour with a name.' }, tools)).toEqual({
      score: 0,
      correct: false,
      notes: [
        idea('colours have names', true, ['colour', 'name']),
        idea('red and blue are colours', false),
        { kind: 'misconception', label: 'seven is a colour', correction: 'Seven is a number; red and blue are the colours here.' },
        model,
      ],
    });
  });

  test('a bare list of key words is flagged and capped; so is a copy of the question', () => {
    const q = colours();
    const list = explain.grade(q, { text: 'colour name red blue' }, tools);
    expect(list.score).toBe(0.5);
    expect(list.notes).toContainEqual({ kind: 'flag', flag: 'keyword-list' });
    const copy = explain.grade(q, { text: 'What does the first section say about colours?' }, tools);
    expect(copy.score).toBe(0);
    expect(copy.notes).toContainEqual({ kind: 'flag', flag: 'copy' });
  });

  test('an empty answer and "I don\'t know" earn nothing', () => {
    const q = colours();
    expect(explain.grade(q, { text: '' }, tools)).toEqual({
      score: 0,
      correct: false,
      notes: [idea('colours have names', false), idea('red and blue are colours', false), { kind: 'flag', flag: 'empty' }, model],
    });
    expect(explain.grade(q, { text: "I don't know" }, tools).score).toBe(0);
  });

  test('fromTyped keeps the lines as lines; stem, card front and answer', () => {
    const q = colours();
    expect(explain.fromTyped!(q, ['Red and blue.', 'Both colours.'])).toEqual({ text: 'Red and blue.\nBoth colours.' });
    expect(explain.stem(q)).toBe(q.prompt);
    expect(explain.cardFront(q)).toBe('In your own words: what does the first section say about colours?');
    expect(explain.describe(q)).toBe(
      'Every colour has a name, and red and blue are both colours. (Ideas: colours have names; red and blue are colours)',
    );
    expect(explain.whyTargets(q)).toBeNull();
  });
});

describe('selfCheck runs the rubric against its model answer and examples', () => {
  test('a rubric whose examples all grade as they say passes', () => {
    expect(explain.selfCheck!(colours(), tools)).toEqual([]);
  });

  test('a model answer that misses an idea, shows a misconception and reads as key words says all three', () => {
    const q = { ...colours(), model: 'seven colour' };
    expect(explain.selfCheck!(q, tools)).toEqual([
      'q.yaml:5:5: the model answer must earn every idea and no misconception, but it misses names, examples; shows misconception numbers; is flagged keyword-list',
    ]);
  });

  test('a model answer that earns every idea but shows a misconception says only that', () => {
    const q = { ...colours(), model: 'Every colour has a name, like red and blue, and seven is a colour too.' };
    expect(explain.selfCheck!(q, tools)).toEqual([
      'q.yaml:5:5: the model answer must earn every idea and no misconception, but it shows misconception numbers',
    ]);
  });

  test('a model answer that only misses an idea says only that', () => {
    const q = { ...colours(), model: 'Red and blue are both colours.' };
    expect(explain.selfCheck!(q, tools)).toEqual([
      'q.yaml:5:5: the model answer must earn every idea and no misconception, but it misses names',
    ]);
  });

  test('an example graded otherwise than it says is reported at its own file:line:col, with what differs', () => {
    const examples = goodExamples
      .replace(
        'ideas: [examples]\n        misconceptions: []\n        credit: partial',
        'ideas: [names, examples]\n        misconceptions: []\n        credit: full',
      )
      .replace('ideas: [names]\n        misconceptions: [numbers]', 'ideas: [names]\n        misconceptions: []');
    expect(explain.selfCheck!(colours(examples), tools)).toEqual([
      'q.yaml:31:9: example graded otherwise than it says: ideas expected names, examples, got examples; credit expected full, got partial (score 0.5)',
      'q.yaml:39:9: example graded otherwise than it says: misconceptions expected none, got numbers',
    ]);
  });

  test('a wrong credit on a flagged example says the flags', () => {
    const examples = goodExamples.replace(
      'answer: colour name red blue\n        ideas: [names, examples]\n        misconceptions: []\n        credit: partial',
      'answer: colour name red blue\n        ideas: [names, examples]\n        misconceptions: []\n        credit: full',
    );
    expect(explain.selfCheck!(colours(examples), tools)).toEqual([
      'q.yaml:35:9: example graded otherwise than it says: credit expected full, got partial (score 0.5, flagged keyword-list)',
    ]);
  });

  test('an example that names no ideas but earns one says "none" was expected', () => {
    const examples = goodExamples.replace(
      'ideas: [examples]\n        misconceptions: []\n        credit: partial',
      'ideas: []\n        misconceptions: []',
    );
    expect(explain.selfCheck!(colours(examples), tools)).toEqual([
      'q.yaml:31:9: example graded otherwise than it says: ideas expected none, got examples',
    ]);
  });

  test('examples that leave out a kind of answer say which', () => {
    const q = colours();
    const only = { ...q, examples: q.examples.slice(0, 1) };
    expect(explain.selfCheck!(only, tools)).toEqual([
      'q.yaml:5:5: the examples need at least 6 answers',
      'q.yaml:5:5: the examples need a partial answer (credit: partial)',
      'q.yaml:5:5: the examples need a bare list of key words',
      'q.yaml:5:5: the examples need a copy of the question',
      'q.yaml:5:5: the examples need an answer showing each misconception',
    ]);
    const noFull = { ...q, examples: q.examples.slice(1) };
    expect(explain.selfCheck!(noFull, tools)).toEqual([
      'q.yaml:5:5: the examples need at least 6 answers',
      'q.yaml:5:5: the examples need a right answer in other words (credit: full)',
    ]);
  });

  test('an example naming an idea the rubric does not have (built without validate) says so where it is', () => {
    const q = colours();
    const examples = q.examples.map((e, i) => (i === 1 ? { ...e, ideas: ['examples', 'shades'] } : e));
    expect(explain.selfCheck!({ ...q, examples }, tools)).toEqual([
      'q.yaml:31:9: example names "shades", which the rubric does not have',
      'q.yaml:31:9: example graded otherwise than it says: ideas expected examples, shades, got examples',
    ]);
  });
});

describe('reconsider: the learner ticks ideas the grader missed', () => {
  test('offers only the missed ideas; a ticked idea counts half and is marked as ticked', async () => {
    const q = colours();
    const partial = explain.grade(q, { text: 'Red and blue are mentioned.' }, tools);
    const prompter = new ScriptedPrompter([['colours have names']]);
    const offered: string[][] = [];
    const chooseMany = prompter.chooseMany.bind(prompter);
    prompter.chooseMany = async (message, choices) => (offered.push(choices.map((c) => c.name)), chooseMany(message, choices));
    const g = await explain.reconsider!(q, partial, prompter);
    expect(prompter.asked).toEqual([words.ask.selfScore]);
    expect(offered).toEqual([['colours have names']]);
    expect(g).toEqual({
      score: 0.5 + SELF_SCORED_WEIGHT / 2,
      correct: false,
      notes: partial.notes.map((n) => (n.kind === 'idea' && n.label === 'colours have names' ? { ...n, selfScored: true } : n)),
    });
    expect(g!.score).toBe(0.75);
  });

  test('ticking none changes nothing', async () => {
    const q = colours();
    const partial = explain.grade(q, { text: 'Red and blue are mentioned.' }, tools);
    expect(await explain.reconsider!(q, partial, new ScriptedPrompter([[]]))).toBeNull();
  });

  test('nothing to tick when every idea was found, or when the answer was empty', async () => {
    const q = colours();
    const right = explain.grade(q, { text: 'Each colour has its own name; red is one and blue is another.' }, tools);
    expect(await explain.reconsider!(q, right, new ScriptedPrompter([]))).toBeNull();
    const empty = explain.grade(q, { text: '' }, tools);
    expect(await explain.reconsider!(q, empty, new ScriptedPrompter([]))).toBeNull();
  });

  test('ticking every missed idea never makes the answer right', async () => {
    const q = colours();
    const none = explain.grade(q, { text: 'Shops sell paint in many tins.' }, tools);
    const g = await explain.reconsider!(q, none, new ScriptedPrompter([['colours have names', 'red and blue are colours']]));
    expect(g!.score).toBe(0.5);
    const one = explain.grade(q, { text: 'Red and blue are mentioned.' }, tools);
    const oneIdea: ExplainQuestion = { ...q, ideas: q.ideas.slice(0, 1) };
    const all = await explain.reconsider!(oneIdea, { ...one, score: 0.9 }, new ScriptedPrompter([['colours have names']]));
    expect(all).toMatchObject({ score: 0.99, correct: false });
  });

  test('ticking never lowers a score that is already above what ticking may reach', async () => {
    const q = colours();
    const high: Grade = { score: 0.995, correct: false, notes: [idea2('colours have names', false)] };
    const g = await explain.reconsider!(q, high, new ScriptedPrompter([['colours have names']]));
    expect(g).toMatchObject({ score: 0.995, correct: false });
  });

  test('a flagged answer (a key-word list) keeps its capped score: the ticks are recorded, not counted', async () => {
    const q = colours();
    const listed = explain.grade(q, { text: 'colour name' }, tools);
    expect(listed.notes).toContainEqual({ kind: 'flag', flag: 'keyword-list' });
    expect(listed.score).toBe(0.5);
    const g = await explain.reconsider!(q, listed, new ScriptedPrompter([['red and blue are colours']]));
    expect(g!.score).toBe(0.5);
    expect(g!.notes).toContainEqual({ kind: 'idea', label: 'red and blue are colours', covered: false, words: [], selfScored: true });
  });
});

function idea2(label: string, covered: boolean): GradeNote {
  return { kind: 'idea', label, covered, words: [] };
}
