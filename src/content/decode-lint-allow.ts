// quizzes/lint-allow.yaml: the lint warnings an author has decided to keep, each with a reason.
// Read by `validate` only (learners never need it), so the content loader skips this file.
import { CONTENT_FORMAT_VERSION } from './model.js';
import type { LintAllow } from './lint.js';
import { parseYaml } from './parse-yaml.js';
import { MapReader, Problems } from './yaml-readers.js';

export const LINT_ALLOW_FILE = 'lint-allow.yaml';

export function readLintAllow(text: string, display: string): { entries: LintAllow[]; problems: string[] } {
  const parsed = parseYaml(text, display);
  if (!parsed.root) return { entries: [], problems: parsed.errors };
  const problems = new Problems(display);
  const entries: LintAllow[] = [];
  const top = MapReader.of(parsed.root, problems, 'the file');
  if (top) {
    const version = top.raw('formatVersion');
    if (version?.value !== CONTENT_FORMAT_VERSION)
      problems.at(version?.pos ?? parsed.root.pos, `needs "formatVersion: ${CONTENT_FORMAT_VERSION}"`);
    const kind = top.string('kind');
    if (kind && kind !== 'lint-allow')
      problems.at(top.raw('kind')?.pos, `"kind" must be "lint-allow" in ${LINT_ALLOW_FILE}, not "${kind}"`);
    for (const node of top.list('entries')) {
      const r = MapReader.of(node, problems, 'a lint-allow entry');
      if (!r) continue;
      const entry = { question: r.string('question'), rule: r.string('rule'), why: r.string('why'), where: problems.where(node) };
      r.finish();
      if (entry.question && entry.rule && entry.why) entries.push(entry);
    }
    top.finish();
  }
  return { entries, problems: [...parsed.errors, ...problems.list] };
}
