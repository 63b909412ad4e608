// lessons/sources.yaml (`kind: sources`): the source texts the curriculum is taught from, named for the
// learner (`nm-tutor sources`). Which lessons use each one comes from the lessons' own `sources:` fields.
import type { Lesson, SourceText } from './model.js';
import type { PNode } from './parse-yaml.js';
import { MapReader, Problems } from './yaml-readers.js';

export interface SourcesFile {
  readonly kind: 'sources';
  readonly about: string;
  readonly sources: SourceText[];
}

/** A source id as lessons cite it: three digits, e.g. "002". */
export const SOURCE_ID_PATTERN = /^[0-9]{3}$/;

export function readSourcesFile(top: MapReader, problems: Problems): SourcesFile {
  const about = top.string('about');
  const sources: SourceText[] = [];
  for (const node of top.list('sources', { min: 1 })) {
    const s = readSource(node, problems);
    if (s) sources.push(s);
  }
  return { kind: 'sources', about, sources };
}

function readSource(node: PNode, problems: Problems): SourceText | null {
  const r = MapReader.of(node, problems, 'a source');
  if (!r) return null;
  const id = r.string('id');
  if (id && !SOURCE_ID_PATTERN.test(id))
    problems.at(r.raw('id')?.pos, `source id "${id}" must be three digits, e.g. "002" (quote it so YAML keeps the zeros)`);
  const source: SourceText = {
    id,
    title: r.string('title'),
    kind: r.string('kind'),
    covers: r.string('covers'),
    where: problems.where(node),
  };
  r.finish();
  return source;
}

/** Source ids are unique; once a pack names its sources, every lesson's `sources:` entry must be one of them. */
export function sourceProblems(sources: readonly SourceText[], lessons: readonly Lesson[]): string[] {
  const out: string[] = [];
  const ids = new Set<string>();
  for (const s of sources) {
    if (ids.has(s.id)) out.push(`${s.where}: source id "${s.id}" appears twice`);
    ids.add(s.id);
  }
  if (ids.size === 0) return out;
  for (const lesson of lessons) {
    for (const id of lesson.sources) {
      if (!ids.has(id)) out.push(`lesson "${lesson.id}": source "${id}" is not in lessons/sources.yaml (known: ${[...ids].join(', ')})`);
    }
  }
  return out;
}
