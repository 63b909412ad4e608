// Forgiving lookup of lessons, concepts and glossary terms by id, alias or a close misspelling.
import { UserError } from '../errors.js';
import { allowedTypos, editDistance } from '../engine/normalize.js';
import type { Concept, Content, GlossaryTerm, Lesson } from './model.js';

export function lookupKey(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '').replace(/[^a-z0-9]/g, '');
}

interface Named { readonly id: string; readonly names: readonly string[] }

function findNamed<T extends Named>(items: readonly T[], wanted: string): { hit?: T; suggestion?: T } {
  const key = lookupKey(wanted);
  const hit = items.find((i) => i.names.some((n) => lookupKey(n) === key));
  if (hit) return { hit };
  // Closest item by its closest name; a tie between two items makes the guess unsafe.
  const ranked = items
    .map((item) => ({ item, d: Math.min(...item.names.map((n) => editDistance(lookupKey(n), key))) }))
    .sort((a, b) => a.d - b.d);
  const [best, second] = ranked;
  if (!best) return {};
  const unique = !second || second.d > best.d;
  // A slip the answer grader would forgive is taken as meant ("convertion rate"); anything further is only suggested.
  if (unique && best.d <= allowedTypos(key.length)) return { hit: best.item };
  if (best.d <= Math.max(1, Math.floor(key.length / 3))) return { suggestion: best.item };
  return {};
}

function notFound(kind: string, wanted: string, suggestion: string | undefined, listCommand: string): UserError {
  const hint = suggestion ? ` Did you mean '${suggestion}'?` : '';
  return new UserError(`Unknown ${kind} '${wanted}'.${hint} Run \`${listCommand}\` to list them.`);
}

export function findLesson(content: Content, wanted: string): Lesson {
  const items = content.lessons.map((l) => ({ id: l.id, names: [l.id, l.title], lesson: l }));
  const { hit, suggestion } = findNamed(items, wanted);
  if (hit) return hit.lesson;
  throw notFound('topic', wanted, suggestion?.id, 'nm-tutor topics');
}

export function findConcept(content: Content, wanted: string): Concept {
  const items = content.concepts.map((c) => ({ id: c.id, names: [c.id, c.name, ...c.aliases], concept: c }));
  const { hit, suggestion } = findNamed(items, wanted);
  if (hit) return hit.concept;
  throw notFound('concept', wanted, suggestion?.id, 'nm-tutor topics');
}

export function findTerm(content: Content, wanted: string): GlossaryTerm {
  const items = content.glossary.map((t) => ({ id: t.id, names: [t.id, t.term, ...t.aliases], term: t }));
  const { hit, suggestion } = findNamed(items, wanted);
  if (hit) return hit.term;
  throw notFound('term', wanted, suggestion?.term.term, 'nm-tutor define --list');
}
