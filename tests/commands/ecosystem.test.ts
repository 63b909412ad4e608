// npm, terminals, authors and learners' other tools, through the built binary.
import { afterEach, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { miniPack, readProgress, runPipeline, tempHome } from '../support/run-cli.js';
import { runInProcess } from '../support/run-in-process.js';
import { Terminal } from '../e2e/tmux.js';

const mini = ['--content', miniPack];
const ESC = /\u001b\[/;

let term: Terminal | undefined;
afterEach(() => term?.close());

describe('colour and width follow terminal conventions', () => {
  test.each([
    [{ FORCE_COLOR: '1' }, [], true],
    [{ FORCE_COLOR: '1' }, ['--no-color'], false],
    [{}, [], false], // not a terminal
    [{ NO_COLOR: '1' }, [], false],
  ] as const)('env %j args %j -> colour %s (piped)', async (env, args, coloured) => {
    const res = await runInProcess([...mini, ...args, 'topics'], { env: { ...env } });
    expect(ESC.test(res.stdout)).toBe(coloured);
  });

  test.each([
    [{}, true],
    [{ NO_COLOR: '1' }, false],
    [{ TERM: 'dumb' }, false],
  ] as const)('in a terminal with %j -> colour %s', async (env, coloured) => {
    term = new Terminal([...mini, 'topics'], { NM_TUTOR_HOME: tempHome(), TERM: 'xterm-256color', PATH: process.env.PATH ?? '', ...env });
    await term.waitFor('EXIT=0');
    expect(
      ESC.test(
        term
          .rawScreen()
          .split('EXIT=0')[0]!
          .replace(/\u001b\[0?m/g, ''),
      ),
    ).toBe(coloured);
  });

  test('output fits a 40-column terminal and boxes fall back to ASCII on a dumb one', async () => {
    term = new Terminal(
      [...mini, 'learn', 'mini'],
      { NM_TUTOR_HOME: tempHome(), TERM: 'xterm-256color', PATH: process.env.PATH ?? '' },
      { width: 40, height: 60 },
    );
    const screen = await term.waitFor('Ready for the check question?');
    const raw = term
      .rawScreen()
      .split('\n')
      .filter((l) => l.trim() !== '');
    expect(screen).toContain('╭');
    // No line of ours was wider than the terminal (tmux would have wrapped it into a continuation line).
    expect(screen.split('\n').filter((l) => l.length > 40)).toEqual([]);
    expect(raw.length).toBeGreaterThan(5);
    term.close();
    const plain = await runInProcess([...mini, 'learn', 'mini'], { input: 'Red\nn\n', env: { TERM: 'dumb', COLUMNS: '40' } });
    // TERM=dumb is line mode: the card's words without a frame.
    expect(plain.stdout).toContain('A tiny lesson, 1/2');
    expect(plain.stdout).not.toMatch(/[╭│█·–—]|^\+-+/m);
    expect(plain.stdout.split('\n').filter((l) => l.length > 40)).toEqual([]);
  });
});

describe('--json prints only JSON', () => {
  test.each([[['topics', '--json']], [['progress', '--json']], [['compare', 'colour', 'number', '--json']], [['define', 'hue', '--json']]])(
    '%j',
    async (args) => {
      const res = await runInProcess([...mini, ...args], { env: { FORCE_COLOR: '1' } });
      expect(res.status).toBe(0);
      expect(() => JSON.parse(res.stdout)).not.toThrow();
    },
  );
});

describe('export for other tools', () => {
  test('anki: tab-separated front and back, tags per topic, header lines', async () => {
    const res = await runInProcess([...mini, 'export', '--format', 'anki']);
    const lines = res.stdout.trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual(['#separator:tab', '#html:false']);
    const cards = lines.filter((l) => !l.startsWith('#'));
    expect(cards).toHaveLength(9);
    for (const card of cards) {
      const fields = card.split('\t');
      expect(fields).toHaveLength(3);
      expect(fields[2]).toBe('nm-tutor mini');
    }
    expect(cards).toContain('Name the colour of grass.\tgreen — Grass is green.\tnm-tutor mini');
  });

  test('into a slow pipe, the whole export arrives (more than one 64 KiB pipe buffer)', async () => {
    const res = await runInProcess(['export', '--format', 'json'], { env: {} });
    expect(res.stdout.length).toBeGreaterThan(65536 * 2);
    const piped = runPipeline('nm-tutor export --format json | (sleep 0.5; wc -c)');
    expect(Number(piped.stdout.trim())).toBe(Buffer.byteLength(res.stdout));
  });

  test('csv and json, to a file with --out', async () => {
    const dir = tempHome();
    const out = path.join(dir, 'cards.csv');
    const res = await runInProcess([...mini, 'export', '-f', 'csv', '--out', out]);
    expect(res.status).toBe(0);
    expect(res.stdout).toBe('');
    const csv = readFileSync(out, 'utf8').split('\r\n');
    expect(csv[0]).toBe('id,lesson,section,kind,front,back,explanation');
    expect(csv).toContain('mini-002,mini,first,recall,Name the colour of grass.,green,Grass is green.');
    const json = JSON.parse((await runInProcess([...mini, 'export', '-f', 'json'])).stdout);
    expect(json.questions[0]).toMatchObject({ id: 'mini-001', kind: 'single', answer: 'Blue' });
  });

  test('an unknown format is a usage error', async () => {
    const res = await runInProcess([...mini, 'export', '-f', 'docx']);
    expect(res.status).toBe(2);
    expect(res.stderr).toContain("Unknown flashcard format 'docx'. Use one of: anki, csv, json.");
  });
});

describe('progress moves between machines', () => {
  test('export on one, import on another: merged per question, newer wins, with a summary', async () => {
    const homeA = tempHome();
    const homeB = tempHome();
    await runInProcess([...mini, 'quiz', '--limit', '3', '--seed', '1'], { home: homeA, input: '1\n'.repeat(20) });
    await runInProcess([...mini, 'quiz', '--limit', '2', '--seed', '2'], { home: homeB, input: '1\n'.repeat(20) });
    const exported = await runInProcess([...mini, 'progress', 'export'], { home: homeA });
    const file = path.join(tempHome(), 'from-a.json');
    writeFileSync(file, exported.stdout);
    const before = Object.keys(readProgress(homeB).questions);
    const res = await runInProcess([...mini, 'progress', 'import', file], { home: homeB });
    expect(res.status).toBe(0);
    expect(res.stdout.replace(/\s+/g, ' ')).toMatch(/^Imported .*from-a\.json: \d+ new questions?, \d+ updated, \d+ unchanged/);
    const after = readProgress(homeB);
    const union = new Set([...before, ...Object.keys(readProgress(homeA).questions)]);
    expect(Object.keys(after.questions).sort()).toEqual([...union].sort());
    const again = await runInProcess([...mini, 'progress', 'import', file], { home: homeB });
    expect(again.stdout.replace(/\s+/g, ' ')).toMatch(/0 new questions, 0 updated/);
  });

  test('a file that is not progress is refused without touching the store', async () => {
    const file = path.join(tempHome(), 'x.json');
    writeFileSync(file, '{"hello": 1}');
    const res = await runInProcess([...mini, 'progress', 'import', file]);
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('is not an nm-tutor progress file');
  });
});

describe('for content authors', () => {
  test('new lesson and new quiz write skeletons that pass validate once their TODO: texts are filled in', async () => {
    const dir = tempHome();
    expect((await runInProcess(['new', 'lesson', 'social-media', '--dir', dir])).status).toBe(0);
    expect((await runInProcess(['new', 'quiz', 'social-media', '--dir', dir, '--force'])).status).toBe(0);
    const unfilled = await runInProcess(['validate', dir]);
    expect(unfilled.status).toBe(1);
    expect(
      unfilled.stderr
        .trim()
        .split('\n')
        .every((l) => /(lessons|quizzes)\/social-media\.yaml:\d+:\d+: unfilled skeleton text "TODO:/.test(l)),
    ).toBe(true);
    for (const f of ['lessons/social-media.yaml', 'quizzes/social-media.yaml'])
      writeFileSync(path.join(dir, f), readFileSync(path.join(dir, f), 'utf8').replaceAll('TODO: ', ''));
    const res = await runInProcess(['validate', '--strict', dir]);
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    expect(readFileSync(path.join(dir, 'lessons/social-media.yaml'), 'utf8').split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../schema/lesson.schema.json',
    );
    const again = await runInProcess(['new', 'lesson', 'social-media', '--dir', dir]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists; nothing was written');
  });
});

describe('shell completion', () => {
  test('bash: a valid script that completes verbs, topics and concepts', async () => {
    const script = (await runInProcess([...mini, 'completion', 'bash'])).stdout;
    const file = path.join(tempHome(), 'c.bash');
    writeFileSync(file, script);
    const complete = (line: string) =>
      execFileSync(
        'bash',
        ['-c', `source ${file}; COMP_WORDS=(${line}); COMP_CWORD=$(( \${#COMP_WORDS[@]} - 1 )); _nm_tutor; echo "\${COMPREPLY[@]}"`],
        { encoding: 'utf8' },
      ).trim();
    expect(complete("nm-tutor 'co'").split(' ').sort()).toEqual(['compare', 'completion']);
    expect(complete("nm-tutor learn 'm'")).toBe('mini');
    expect(complete("nm-tutor compare 'co'").split(' ')).toEqual(expect.arrayContaining(['colour', 'color']));
    expect(complete("nm-tutor quiz '--li'")).toBe('--limit');
    expect(complete("nm-tutor quiz '--le'")).toBe('--lesson');
  });

  test.each(['zsh', 'fish'])('%s script names the verbs and ids', async (shell) => {
    const script = (await runInProcess([...mini, 'completion', shell])).stdout;
    expect(script).toContain('learn');
    expect(script).toContain('mini');
    expect(script).toContain('colour');
  });
});
