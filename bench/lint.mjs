// The item-quality lint scales near-linearly: 8x the questions should take about 8x the time (all-pairs would
// be 64x). Needs a build (npm run build). Timings on a shared machine are noisy: the ratio, median of 5 runs.
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const { lintContent } = await import(pathToFileURL(path.join(root, 'dist/content/lint.js')).href);

let seed = 42;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
const word = () => words[Math.floor(random() * words.length)];
const phrase = (k) => Array.from({ length: k }, word).join(' ');
const base = { topic: 't', section: 's', explanation: 'e', why: {}, application: false };
const bank = (n) =>
  Array.from({ length: n }, (_, i) => {
    const where = `q.yaml:${i + 1}:1`;
    if (i % 2) return { ...base, id: `t-${i}`, where, kind: 'recall', prompt: `${phrase(12)}?`, answer: { text: phrase(2), accept: [] } };
    const choices = [phrase(2), phrase(2), phrase(2)];
    return { ...base, id: `t-${i}`, where, kind: 'single', prompt: `${phrase(12)}?`, choices, answer: choices[0] };
  });
const content = (questions) => ({ lessons: [], questions, concepts: [], glossary: [], warnings: [] });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (n) => {
  const c = content(bank(n));
  lintContent(c);
  return median(
    Array.from({ length: 5 }, () => {
      const t = performance.now();
      lintContent(c);
      return performance.now() - t;
    }),
  );
};
const small = time(4000);
const large = time(32000);
console.log(
  `lint 4,000 questions: ${small.toFixed(0)} ms; 32,000: ${large.toFixed(0)} ms; ratio ${(large / small).toFixed(1)}x for 8x the questions (linear 8x, all-pairs 64x)`,
);
