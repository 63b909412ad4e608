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
