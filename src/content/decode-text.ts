// One content file's text -> its typed content and its problems. Pure, so it runs the same inline or in a
// parse worker (see load-content.ts).
import { parseYaml } from './parse-yaml.js';
import { readContentFile, type ContentFile, type FileKind } from './decode-content.js';
import { Problems } from './yaml-readers.js';

export interface TextJob {
  readonly display: string;
  readonly text: string;
  readonly kinds: readonly FileKind[];
}
export interface TextResult {
  readonly content: ContentFile | null;
  readonly problems: string[];
}

export function readContentText({ display, text, kinds }: TextJob): TextResult {
  const parsed = parseYaml(text, display);
  if (!parsed.root) return { content: null, problems: parsed.errors };
  const fileProblems = new Problems(display);
  const content = readContentFile(parsed.root, fileProblems, kinds);
  return { content, problems: [...parsed.errors, ...fileProblems.list] };
}
