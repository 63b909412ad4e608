#!/usr/bin/env node
// npm run grader:report (builds first): how well the grader grades the shipped content. Grades every
// learner-style answer in tests/grader-set/accuracy/ (hand-marked; see its README) through the real kinds of
// the build (dist/: registry gradeResponse, the shipped lessons/synonyms.yaml) and prints the three shares the
// README quotes: right answers accepted, wrong answers rejected, ideas detected as the marker detects them.
// `--list` also prints every answer where the grader and the marker disagree. Exits 1 below 95% / 98% / 90%.
// tests/unit/grading/accuracy.test.ts measures the same from the sources.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => pathToFileURL(path.join(root, 'dist', p)).href;
const SET_DIR = path.join(root, 'tests/grader-set/accuracy');
const NEEDS = { rightAccepted: 0.95, wrongRejected: 0.98, ideasAgree: 0.9 };

const { loadContent } = await import(dist('content/load-content.js'));
const { studyItems } = await import(dist('content/model.js'));
const { gradeResponse, loadGradeTools, typedResponse } = await import(dist('kinds/registry.js'));

const content = await loadContent(root);
const questions = new Map(studyItems(content).map((q) => [q.id, q]));
const tools = await loadGradeTools(content);
const answers = readdirSync(SET_DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .flatMap((file) => (parse(readFileSync(path.join(SET_DIR, file), 'utf8')).answers ?? []).map((a) => ({ ...a, file })));

function fail(message) {
  process.stderr.write(`grader:report: ${message}\n`);
  process.exit(2);
}

const outcomes = answers.map((a) => {
  const q = questions.get(a.id);
  if (!q) fail(`${a.file}: no shipped question "${a.id}"`);
  const response = typedResponse(q, Array.isArray(a.answer) ? a.answer : [a.answer]);
  if (response === null) fail(`${a.file}: "${a.id}" is a ${q.kind} question, which is not typed`);
  const grade = gradeResponse(q, response, tools);
  if (q.kind !== 'explain') {
    if (typeof a.right !== 'boolean') fail(`${a.file}: ${a.id} ${JSON.stringify(a.answer)} needs right: true|false`);
    return {
      a,
      q,
      humanRight: a.right,
      graderRight: grade.correct,
      agree: 0,
      judged: 0,
      disagreements: [],
      miscJudged: 0,
      miscDisagreements: [],
    };
  }
  const human = new Set(a.ideas ?? []);
  for (const id of human) if (!q.ideas.some((i) => i.id === id)) fail(`${a.file}: ${a.id} has no idea "${id}"`);
  for (const id of a.misconceptions ?? [])
    if (!q.misconceptions.some((m) => m.id === id)) fail(`${a.file}: ${a.id} has no misconception "${id}"`);
  const covered = new Set(grade.notes.filter((n) => n.kind === 'idea' && n.covered).map((n) => n.label));
  const shown = new Set(grade.notes.filter((n) => n.kind === 'misconception').map((n) => n.label));
  const humanMisc = new Set(a.misconceptions ?? []);
  const disagreements = q.ideas
    .filter((i) => human.has(i.id) !== covered.has(i.label))
    .map((i) => `${human.has(i.id) ? 'missed' : 'wrongly found'} idea ${i.id}`);
  const miscDisagreements = q.misconceptions
    .filter((m) => humanMisc.has(m.id) !== shown.has(m.label))
    .map((m) => `${humanMisc.has(m.id) ? 'missed' : 'wrongly found'} misconception ${m.id}`);
  const humanRight = human.size === q.ideas.length && (a.misconceptions ?? []).length === 0 && a.cat !== 'keywords';
  return {
    a,
    q,
    humanRight,
    graderRight: grade.correct,
    agree: q.ideas.length - disagreements.length,
    judged: q.ideas.length,
    disagreements,
    miscJudged: q.misconceptions.length,
    miscDisagreements,
  };
});

const share = (xs, ok) => (xs.length ? xs.filter(ok).length / xs.length : 1);
function shares(set) {
  const rights = set.filter((o) => o.humanRight);
  const wrongs = set.filter((o) => !o.humanRight);
  const judged = set.reduce((n, o) => n + o.judged, 0);
  return {
    rights,
    wrongs,
    judged,
    rightAccepted: share(rights, (o) => o.graderRight),
    wrongRejected: share(wrongs, (o) => !o.graderRight),
    ideasAgree: judged ? set.reduce((n, o) => n + o.agree, 0) / judged : 1,
  };
}
const result = shares(outcomes);
const { rights, wrongs, judged } = result;
// Each later batch was written after a round of tuning rubrics, accept lists and lexicon, and measured before
// the next: the shares on the latest batch show how far the tuning generalises (tests/grader-set/accuracy/README.md).
const latest = Math.max(1, ...outcomes.map((o) => o.a.batch ?? 1));
const heldOut = shares(outcomes.filter((o) => (o.a.batch ?? 1) === latest));
const pct = (x) => `${(x * 100).toFixed(1)}%`;
const byKind = {};
for (const o of outcomes) (byKind[o.q.kind] ??= { right: 0, wrong: 0 })[o.humanRight ? 'right' : 'wrong']++;

const out = [
  `Grader accuracy on ${outcomes.length} hand-marked answers (tests/grader-set/accuracy/):`,
  `  ${Object.entries(byKind)
    .map(([k, n]) => `${k} ${n.right + n.wrong} (${n.right} right, ${n.wrong} wrong)`)
    .join(', ')}`,
  `  right answers accepted:  ${pct(result.rightAccepted)} of ${rights.length}   (needs ${pct(NEEDS.rightAccepted)})`,
  `  wrong answers rejected:  ${pct(result.wrongRejected)} of ${wrongs.length}   (needs ${pct(NEEDS.wrongRejected)})`,
  `  ideas as a marker sees:  ${pct(result.ideasAgree)} of ${judged} idea judgements in ${outcomes.filter((o) => o.judged).length} explanations   (needs ${pct(NEEDS.ideasAgree)})`,
  `  (also: misconceptions as a marker sees them ${pct(
    1 -
      outcomes.reduce((n, o) => n + o.miscDisagreements.length, 0) /
        Math.max(
          1,
          outcomes.reduce((n, o) => n + o.miscJudged, 0),
        ),
  )} of ${outcomes.reduce((n, o) => n + o.miscJudged, 0)} judgements)`,
  `  latest batch only (batch ${latest}, ${heldOut.rights.length + heldOut.wrongs.length} answers): right accepted ${pct(heldOut.rightAccepted)} of ${heldOut.rights.length}, wrong rejected ${pct(heldOut.wrongRejected)} of ${heldOut.wrongs.length}, ideas ${pct(heldOut.ideasAgree)} of ${heldOut.judged}`,
];
if (process.argv.includes('--list')) {
  out.push('', 'Disagreements:');
  for (const o of outcomes.filter((x) => x.humanRight !== x.graderRight || x.disagreements.length || x.miscDisagreements.length)) {
    const detail = [...o.disagreements, ...o.miscDisagreements];
    out.push(
      `  ${o.a.file} ${o.a.id} ${JSON.stringify(o.a.answer)}: marker ${o.humanRight ? 'right' : 'wrong'}, grader ${o.graderRight ? 'right' : 'wrong'}${detail.length ? `; ${detail.join(', ')}` : ''}`,
    );
  }
}
process.stdout.write(`${out.join('\n')}\n`);
const met =
  result.rightAccepted >= NEEDS.rightAccepted && result.wrongRejected >= NEEDS.wrongRejected && result.ideasAgree >= NEEDS.ideasAgree;
process.exit(met ? 0 : 1);
