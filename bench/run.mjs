#!/usr/bin/env node
// npm run bench: startup, content scale and save-time budgets, as ratios to `node -e 0` measured in the
// same run with alternating runs (tutor, baseline, tutor, ...). Exits non-zero when a budget is missed.
// Not part of `npm test`: timings are noisy. Needs a build (dist/), `script` (util-linux) and GNU time.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin/nm-tutor.js');
const node = process.execPath;
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const home = mkdtempSync(path.join(tmpdir(), 'nm-bench-'));
const env = { ...process.env, NM_TUTOR_HOME: home, NO_COLOR: '1' };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const ms = (x) => `${x.toFixed(1)} ms`;
const results = [];
function report(name, tutor, baseline, budget, unit = 'x') {
  const row = { name, median: median(tutor), min: Math.min(...tutor), max: Math.max(...tutor) };
  if (baseline) {
    row.baseline = median(baseline);
    row.value = row.median / row.baseline;
  } else row.value = row.median;
  row.budget = budget;
  row.unit = unit;
  row.ok = row.value <= budget;
  results.push(row);
  const fmt = unit === 'KB' ? (x) => `${Math.round(x)} KB` : ms;
  const shown = baseline
    ? `${row.value.toFixed(2)}x (budget ${budget}x, baseline ${fmt(row.baseline)})`
    : `${row.value.toFixed(1)} ${unit} (budget ${budget.toFixed(0)} ${unit})`;
  console.log(`${row.ok ? 'ok  ' : 'MISS'} ${name.padEnd(44)} median ${fmt(row.median)} min ${fmt(row.min)} max ${fmt(row.max)}  ${shown}`);
}

function timeRun(args, input = '') {
  const t0 = process.hrtime.bigint();
  const res = spawnSync(node, args, { input, env, stdio: ['pipe', 'ignore', 'ignore'] });
  if (res.error) throw res.error;
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function alternate(tutorArgs, input) {
  const tutor = [];
  const base = [];
  timeRun(tutorArgs, input);
  timeRun(['-e', '0']); // warm the file cache
  for (let i = 0; i < RUNS; i++) {
    tutor.push(timeRun(tutorArgs, input));
    base.push(timeRun(['-e', '0']));
  }
  return [tutor, base];
}

/** Time until `marker` (a RegExp) appears on a pseudo-terminal (via script(1)); the baseline runs node -e 0 the same way. */
function timeInTerminal(command, marker) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn('script', ['-q', '-e', '-c', command, '/dev/null'], {
      env: { ...env, TERM: 'xterm-256color' },
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    let out = '';
    let done = false;
    const finish = () => {
      if (!done) {
        done = true;
        resolve(Number(process.hrtime.bigint() - t0) / 1e6);
        child.kill('SIGKILL');
      }
    };
    // A marker that never comes (the first question waits for input) must fail the bench, not hang it.
    const timer = setTimeout(() => child.kill('SIGKILL'), 20000);
    child.on('close', () => clearTimeout(timer));
    child.stdout.on('data', (d) => {
      out += d;
      if (marker && marker.test(out)) finish();
    });
    child.on('close', () => (marker && !done ? reject(new Error(`no ${marker} in: ${JSON.stringify(out.slice(0, 300))}`)) : finish()));
  });
}

async function terminalBench() {
  const tutor = [];
  const base = [];
  const cmd = `${node} ${bin} quiz --limit 1 --seed 1`;
  // Inquirer's first paint of the prompt ends with a cursor move: hidden for a menu, to the input column for
  // typed answers (NO_COLOR is set, so nothing before the prompt writes an escape sequence).
  const prompted = /\u001b\[(\?25l|\d+G)/;
  await timeInTerminal(cmd, prompted);
  await timeInTerminal(`${node} -e 0`, null);
  for (let i = 0; i < RUNS; i++) {
    tutor.push(await timeInTerminal(cmd, prompted));
    base.push(await timeInTerminal(`${node} -e 0`, null));
  }
  return [tutor, base];
}

function peakKb(args) {
  // GNU time prints the peak resident set size (KB) on stderr; the command's own output is discarded.
  const res = spawnSync('/usr/bin/time', ['-f', '%M', node, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`/usr/bin/time failed: ${res.stderr}`);
  return Number(res.stderr.trim().split('\n').pop());
}

function makePack(dir, questions) {
  mkdirSync(path.join(dir, 'lessons'), { recursive: true });
  mkdirSync(path.join(dir, 'quizzes'), { recursive: true });
  const lessons = Math.max(1, Math.round(questions / 1000));
  const perLesson = Math.ceil(questions / lessons);
  for (let l = 0; l < lessons; l++) {
    const sections = Array.from(
      { length: 10 },
      (_, s) =>
        `  - id: s${s}\n    title: Section ${s}\n    body: Body text of section ${s}, a sentence or two long.\n    example: An example.\n    keyPoints: [One point, Another point]\n    check:\n      kind: truefalse\n      prompt: Statement ${s}.\n      answer: true\n      explanation: Because.\n`,
    ).join('');
    writeFileSync(
      path.join(dir, 'lessons', `l${l}.yaml`),
      `formatVersion: 1\nkind: lesson\nid: l${l}\ntitle: Lesson ${l}\nsummary: Generated.\norder: ${l}\nsections:\n${sections}`,
    );
    const kinds = [
      (id, s) =>
        `  - id: ${id}\n    section: s${s}\n    kind: single\n    prompt: Question ${id}?\n    choices: [Alpha, Beta, Gamma, Delta]\n    answer: Beta\n    explanation: Beta is right.\n    why: { Alpha: Alpha is close but wrong. }\n`,
      (id, s) =>
        `  - id: ${id}\n    section: s${s}\n    kind: list\n    prompt: Name four things for ${id}.\n    answer: [customer, cost, convenience, communication]\n    accept: { customer: [consumer] }\n    explanation: The four Cs.\n`,
      (id, s) =>
        `  - id: ${id}\n    section: s${s}\n    kind: match\n    prompt: Match them for ${id}.\n    pairs:\n      - { left: Product, right: Customer }\n      - { left: Price, right: Cost }\n    explanation: Pairs.\n`,
      (id, s) =>
        `  - id: ${id}\n    section: s${s}\n    kind: recall\n    application: true\n    prompt: A shop does ${id}. Which term?\n    answer: conversion rate\n    accept: [CVR]\n    explanation: Conversion.\n`,
    ];
    let body = `formatVersion: 1\nkind: quiz\ntopic: l${l}\nquestions:\n`;
    for (let q = 0; q < perLesson && l * perLesson + q < questions; q++) body += kinds[q % kinds.length](`l${l}-${q}`, q % 10);
    writeFileSync(path.join(dir, 'quizzes', `l${l}.yaml`), body);
  }
}

async function contentBench(questions, runs) {
  const dir = mkdtempSync(path.join(tmpdir(), `nm-pack-${questions}-`));
  makePack(dir, questions);
  const { readContentDir } = await import(pathToFileURL(path.join(root, 'dist/content/load-content.js')).href);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const { content, problems } = await readContentDir(dir);
    times.push(performance.now() - t0);
    if (problems.length || content.questions.length !== questions)
      throw new Error(`pack of ${questions}: ${problems.slice(0, 3).join('; ')} (${content.questions.length} loaded)`);
  }
  return times;
}

async function saveBench() {
  const { openProgressStore } = await import(pathToFileURL(path.join(root, 'dist/progress/store.js')).href);
  const { recordAnswer } = await import(pathToFileURL(path.join(root, 'dist/progress/model.js')).href);
  const { scheduleNext } = await import(pathToFileURL(path.join(root, 'dist/engine/schedule.js')).href);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'nm-history-')), 'progress.json');
  const seed = openProgressStore(file, () => {});
  const t = Date.parse('2026-01-01T00:00:00Z');
  for (let q = 0; q < 10000; q++) {
    let card;
    for (let a = 0; a < 10; a++) {
      const at = new Date(t + (q * 10 + a) * 60000);
      card = scheduleNext(card, 3, at);
      recordAnswer(seed.progress, `q-${q}`, { at: at.toISOString(), score: a % 3 ? 1 : 0.5, hints: 0, by: seed.sessionTag }, card);
    }
  }
  seed.save();
  const opens = [];
  const saves = [];
  for (let i = 0; i < RUNS; i++) {
    let t0 = performance.now();
    const store = openProgressStore(file, () => {});
    opens.push(performance.now() - t0);
    recordAnswer(store.progress, `q-${i}`, { at: new Date().toISOString(), score: 1, hints: 0, by: store.sessionTag }, undefined);
    t0 = performance.now();
    store.save();
    saves.push(performance.now() - t0);
  }
  return { opens, saves };
}

console.log(`nm-tutor bench: node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${RUNS} alternating runs each\n`);
report('nm-tutor --help', ...alternate([bin, '--help']), 1.3);
report('nm-tutor topics', ...alternate([bin, 'topics']), 1.5);
report('quiz --plain --limit 1 (to first question)', ...alternate([bin, 'quiz', '--plain', '--limit', '1', '--seed', '1'], '\n'), 2.2);
report('first question in a terminal (Inquirer)', ...(await terminalBench()), 2.5);
const helpKb = [];
const baseKb = [];
for (let i = 0; i < 5; i++) {
  helpKb.push(peakKb([bin, '--help']));
  baseKb.push(peakKb(['-e', '0']));
}
report('peak memory of --help', helpKb, baseKb, 1.3, 'KB');
const tenK = await contentBench(10000, 5);
report('load + validate 10,000 questions', tenK, null, 1500, 'ms');
const hundredK = await contentBench(100000, 1);
report('load + validate 100,000 questions (<= 10x of 10k)', hundredK, null, 10 * median(tenK), 'ms');
const { opens, saves } = await saveBench();
report('open a 10,000-question history (once a session)', opens, null, 250, 'ms');
report('save a 10,000-question history', saves, null, 50, 'ms');
const missed = results.filter((r) => !r.ok);
console.log(missed.length ? `\n${missed.length} budget(s) missed.` : '\nAll budgets met.');
process.exit(missed.length ? 1 : 0);
