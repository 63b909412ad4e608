// What every question offers whatever its kind: "I don't know" in every menu and as typed words, and a nudge
// (not a wrong grade) when nothing was answered.
import { describe, expect, test } from '@jest/globals';
import { DontKnow, withLearnerEscapes } from '../../src/engine/learner-prompter.js';
import type { Choice, Prompter } from '../../src/ui/prompter.js';
import { words } from '../../src/words.js';

const DONT_KNOW_WORDS = words.ask.dontKnowTyped;

/** A prompter answering from a script; menus are answered by choice name. Records every call. */
class Fake implements Prompter {
  readonly calls: { method: string; message: string; choices?: string[]; defaultValue?: boolean }[] = [];
  closed = 0;
  constructor(private readonly script: (string | string[] | boolean)[]) {}
  private next() {
    if (this.script.length === 0) throw new Error('script ran out');
    return this.script.shift()!;
  }
  async choose<T>(message: string, choices: readonly Choice<T>[]): Promise<T> {
    this.calls.push({ method: 'choose', message, choices: choices.map((c) => c.name) });
    const name = this.next();
    return choices.find((c) => c.name === name)!.value;
  }
  async chooseMany<T>(message: string, choices: readonly Choice<T>[]): Promise<T[]> {
    this.calls.push({ method: 'chooseMany', message, choices: choices.map((c) => c.name) });
    const names = this.next() as string[];
    return choices.filter((c) => names.includes(c.name)).map((c) => c.value);
  }
  async text(message: string): Promise<string> {
    this.calls.push({ method: 'text', message });
    return this.next() as string;
  }
  async longText(message: string): Promise<string> {
    this.calls.push({ method: 'longText', message });
    return this.next() as string;
  }
  async confirm(message: string, defaultValue: boolean): Promise<boolean> {
    this.calls.push({ method: 'confirm', message, defaultValue });
    return this.next() as boolean;
  }
  close(): void {
    this.closed++;
  }
}

function escapes(script: (string | string[] | boolean)[]) {
  const inner = new Fake(script);
  const nudges: string[] = [];
  return { inner, nudges, p: withLearnerEscapes(inner, (t) => nudges.push(t)) };
}

const dontKnow = words.ask.dontKnowChoice;
const colours: Choice<number>[] = [
  { name: 'Red', value: 1 },
  { name: 'Blue', value: 2 },
];

describe('menus', () => {
  test('every menu ends with "I don\'t know"; a real choice comes back as its value', async () => {
    const { inner, p } = escapes(['Blue']);
    await expect(p.choose('Pick one', colours)).resolves.toBe(2);
    expect(inner.calls).toEqual([{ method: 'choose', message: 'Pick one', choices: ['Red', 'Blue', dontKnow] }]);
  });

  test('"I don\'t know" in a menu ends the question with DontKnow, not a guess', async () => {
    const { p } = escapes([dontKnow]);
    const err = await p.choose('Pick one', colours).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DontKnow);
    expect(err).toMatchObject({ name: 'DontKnow', message: 'dont-know' });
  });

  test('a multi-select offers "I don\'t know" too, and ticking it wins over other ticks', async () => {
    const { inner, p } = escapes([['Red', dontKnow]]);
    await expect(p.chooseMany('Tick all', colours)).rejects.toBeInstanceOf(DontKnow);
    expect(inner.calls[0]!.choices).toEqual(['Red', 'Blue', dontKnow]);
  });

  test('a multi-select with nothing ticked is asked again after a nudge, not graded as wrong', async () => {
    const { inner, nudges, p } = escapes([[], [], ['Red', 'Blue']]);
    await expect(p.chooseMany('Tick all', colours)).resolves.toEqual([1, 2]);
    expect(nudges).toEqual([words.ask.nudgeChoose, words.ask.nudgeChoose]);
    expect(inner.calls.map((c) => c.message)).toEqual(['Tick all', 'Tick all', 'Tick all']);
  });

  test('one tick is enough', async () => {
    const { nudges, p } = escapes([['Blue']]);
    await expect(p.chooseMany('Tick all', colours)).resolves.toEqual([2]);
    expect(nudges).toEqual([]);
  });
});

describe.each(['text', 'longText'] as const)('typed answers (%s)', (method) => {
  test('come back trimmed, without a nudge', async () => {
    const { inner, nudges, p } = escapes(['  the cost to the customer \n']);
    await expect(p[method]('Your answer:')).resolves.toBe('the cost to the customer');
    expect(nudges).toEqual([]);
    expect(inner.calls).toEqual([{ method, message: 'Your answer:' }]);
  });

  test.each(['!', 'idk', 'IDK', "  I don't know ", 'i dont know', "Don't Know", 'dont know'])('%j means "I don\'t know"', async (typed) => {
    const { p } = escapes([typed]);
    await expect(p[method]('Your answer:')).rejects.toBeInstanceOf(DontKnow);
  });

  test('words that merely contain "know" are an answer', async () => {
    const { p } = escapes(['know your customer', 'idk?']);
    await expect(p[method]('Your answer:')).resolves.toBe('know your customer');
    await expect(p[method]('Your answer:')).resolves.toBe('idk?');
  });

  test('an empty or blank answer is asked again after a nudge', async () => {
    const { inner, nudges, p } = escapes(['', '   ', 'cost']);
    await expect(p[method]('Your answer:')).resolves.toBe('cost');
    expect(nudges).toEqual([words.ask.nudgeType, words.ask.nudgeType]);
    expect(inner.calls).toHaveLength(3);
  });
});

test('the typed ways of saying "I don\'t know" are all lower case, as the comparison needs', () => {
  for (const w of DONT_KNOW_WORDS) expect(w).toBe(w.toLowerCase().trim());
});

test('confirm and close pass straight through', async () => {
  const { inner, p } = escapes([false, true]);
  await expect(p.confirm('Sure?', true)).resolves.toBe(false);
  await expect(p.confirm('Really?', false)).resolves.toBe(true);
  expect(inner.calls).toEqual([
    { method: 'confirm', message: 'Sure?', defaultValue: true },
    { method: 'confirm', message: 'Really?', defaultValue: false },
  ]);
  p.close();
  expect(inner.closed).toBe(1);
});
