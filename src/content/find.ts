// Forgiving lookup of lessons, concepts and glossary terms by id, alias or a close misspelling.
import { UserError } from '../errors.js';
import { allowedTypos, editDistance } from '../engine/normalize.js';
import type { Concept, Content, GlossaryTerm, Lesson } from './model.js';

export function lookupKey(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '').replace(/[^a-z0-9]/g, '');
}

/** `names[0]` is what a correction notice calls the item. */
interface Named { readonly id: string; readonly names: readonly string[] }

/** Told when a misspelt name is taken as meant, so the learner sees what was looked up. */
export type Corrected = (message: string) => void;

function findNamed<T extends Named>(items: readonly T[], wanted: string, corrected?: Corrected): { hit?: T; suggestion?: T } {
  const key = lookupKey(wanted);
  const hit = items.find((i) => i.names.some((n) => lookupKey(n) === key));
  if (hit) return { hit };
  // Closest item by its closest name; a tie between two items makes the guess unsafe.
  // Only distances up to `limit` can matter, and the length difference alone bounds a distance from below:
  // a 100,000-character term is compared with nothing instead of costing 100,000 x name length per name.
  const limit = Math.max(1, allowedTypos(key.length), Math.floor(key.length / 3));
  const distance = (name: string) => {
    const k = lookupKey(name);
    return Math.abs(k.length - key.length) > limit ? Infinity : editDistance(k, key);
  };
  const ranked = items
    .map((item) => ({ item, d: Math.min(...item.names.map(distance)) }))
    .sort((a, b) => a.d - b.d);
  const [best, second] = ranked;
  if (!best || best.d === Infinity) return {};
  const unique = !second || second.d > best.d;
  // A slip the answer grader would forgive is taken as meant ("convertion rate"); anything further is only suggested.
  if (unique && best.d <= allowedTypos(key.length)) {
    corrected?.(`Taking '${wanted}' to mean '${best.item.names[0]}'.`);
    return { hit: best.item };
  }
  if (best.d <= Math.max(1, Math.floor(key.length / 3))) return { suggestion: best.item };
  return {};
}

function notFound(kind: string, wanted: string, suggestion: string | undefined, listCommand: string): UserError {
  const hint = suggestion ? ` Did you mean '${suggestion}'?` : '';
  return new UserError(`Unknown ${kind} '${wanted}'.${hint} Run \`${listCommand}\` to list them.`);
}

export function findLesson(content: Content, wanted: string, corrected?: Corrected): Lesson {
  const items = content.lessons.map((l) => ({ id: l.id, names: [l.id, l.title], lesson: l }));
  const { hit, suggestion } = findNamed(items, wanted, corrected);
  if (hit) return hit.lesson;
  throw notFound('topic', wanted, suggestion?.id, 'nm-tutor topics');
}

export function findConcept(content: Content, wanted: string, corrected?: Corrected): Concept {
  const items = content.concepts.map((c) => ({ id: c.id, names: [c.id, c.name, ...c.aliases], concept: c }));
  const { hit, suggestion } = findNamed(items, wanted, corrected);
  if (hit) return hit.concept;
  throw notFound('concept', wanted, suggestion?.id, 'nm-tutor topics');
}

export function findTerm(content: Content, wanted: string, corrected?: Corrected): GlossaryTerm {
  const items = content.glossary.map((t) => ({ id: t.id, names: [t.term, t.id, ...t.aliases], term: t }));
  const { hit, suggestion } = findNamed(items, wanted, corrected);
  if (hit) return hit.term;
  throw notFound('term', wanted, suggestion?.term.term, 'nm-tutor define --list');
}
