#!/usr/bin/env node
// node bench/grader.mjs (after `npm run build`): how long grading takes, in-process, on the grader-set rubrics
// and the shipped lexicon. Budget (issue 14): one explanation in well under 5 ms. Reports the median and the 95th
// percentile of many timed runs after a warm-up, the cold first call (which compiles the lexicon and phrasings),
// and what loading the grading modules costs. Exits non-zero when the median misses the budget.
// Not part of `npm test`: timings are noisy on a shared machine.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 2000);
const BUDGET_MS = 5;
const dist = (p) => pathToFileURL(path.join(root, 'dist', p)).href;

const t0 = performance.now();
const { gradeExplanation } = await import(dist('grading/rubric.js'));
const { gradeRecall, gradeList } = await import(dist('grading/short-answer.js'));
const { readLexicon } = await import(dist('grading/lexicon.js'));
const loadMs = performance.now() - t0;
const { parseYaml } = await import(dist('content/parse-yaml.js'));
const { Problems } = await import(dist('content/yaml-readers.js'));

const file = existsSync(path.join(root, 'lessons/synonyms.yaml')) ? 'lessons/synonyms.yaml' : 'pending/lessons/synonyms.yaml';
const problems = new Problems(file);
const lexicon = readLexicon(parseYaml(readFileSync(path.join(root, file), 'utf8'), file).root, problems);
if (!lexicon || problems.list.length) throw new Error(problems.list.join('\n'));
const rubrics = parse(readFileSync(path.join(root, 'tests/grader-set/explain.yaml'), 'utf8')).rubrics.map((r) => ({
  ...r,
  misconceptions: r.misconceptions ?? [],
}));
const answers = rubrics.flatMap((r) => [r.model, ...r.examples.map((e) => e.answer)].map((answer) => ({ r, answer })));
// A long answer too: five sentences, about 90 words.
const long = {
  r: rubrics[0],
  answer: `${rubrics[0].model} ${rubrics[0].examples[0].answer} ${rubrics[0].examples[6].answer} ${rubrics[0].examples[7].answer}`,
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const p95 = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length * 0.95)];
};
function time(fn) {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

const cold = time(() => gradeExplanation(long.answer, long.r, long.r.prompt, lexicon));
for (let i = 0; i < 200; i++) for (const a of answers) gradeExplanation(a.answer, a.r, a.r.prompt, lexicon);

const rows = [];
function bench(name, fn, budget) {
  const xs = [];
  for (let i = 0; i < RUNS; i++) xs.push(time(fn));
  const row = { name, median: median(xs), p95: p95(xs), max: Math.max(...xs), budget };
  rows.push(row);
  const ok = budget === undefined || row.median <= budget;
  console.log(
    `${ok ? 'ok  ' : 'MISS'} ${name.padEnd(46)} median ${row.median.toFixed(3)} ms  p95 ${row.p95.toFixed(3)} ms  max ${row.max.toFixed(2)} ms${budget ? `  (budget ${budget} ms)` : ''}`,
  );
  return ok;
}

let ok = true;
let k = 0;
ok =
  bench(
    `explanation (${answers.length} grader-set answers in turn)`,
    () => {
      const a = answers[k++ % answers.length];
      gradeExplanation(a.answer, a.r, a.r.prompt, lexicon);
    },
    BUDGET_MS,
  ) && ok;
ok =
  bench(
    `explanation, long answer (${long.answer.split(/\s+/).length} words)`,
    () => gradeExplanation(long.answer, long.r, long.r.prompt, lexicon),
    BUDGET_MS,
  ) && ok;
const fourCs = [{ text: 'customer', accept: ['consumer'] }, { text: 'cost' }, { text: 'convenience' }, { text: 'communication' }];
bench('recall ("O2O (online to offline)")', () =>
  gradeRecall('O2O (online to offline)', { text: 'O2O', accept: ['online to offline'] }, lexicon),
);
bench('list (the 8-item shotgun for the four Cs)', () =>
  gradeList('product, price, place, promotion, customer, cost, convenience, communication', fourCs, lexicon),
);
console.log(
  `cold first explanation (compiles lexicon and phrasings): ${cold.toFixed(2)} ms; loading the grading modules: ${loadMs.toFixed(1)} ms`,
);
console.log(`node ${process.version}, ${RUNS} timed runs each`);
process.exitCode = ok ? 0 : 1;
