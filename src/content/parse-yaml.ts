// YAML text -> a plain tree that remembers where every value stood, so validation can say file:line:col.
// Untrusted input: aliases, custom tags and deep nesting are refused rather than expanded.
import { sanitizeText } from './sanitize.js';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export interface Pos { readonly line: number; readonly col: number }
export type PValue = string | number | boolean | null | PNode[] | PMap;
export interface PMap { readonly [key: string]: PNode }
export interface PNode { readonly value: PValue; readonly pos: Pos; /** position of the key that led here */ readonly keyPos?: Pos }

export const MAX_DEPTH = 40;

export interface ParseResult { readonly root: PNode | null; readonly errors: string[] }

/** Deepest [ / { nesting outside quotes: checked before parsing, since the parser recurses per level. */
export function flowDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) { if (c === quote) quote = ''; continue; }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) { const nl = text.indexOf('\n', i); i = nl < 0 ? text.length : nl; }
    else if (c === '\n') quote = '';
    else if (c === '[' || c === '{') { depth++; if (depth > max) max = depth; }
    else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return max;
}

export function parseYaml(text: string, file: string): ParseResult {
  if (flowDepth(text) > MAX_DEPTH) return { root: null, errors: [`${file}:1:1: nesting is deeper than ${MAX_DEPTH} levels`] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, customTags: [], strict: true, stringKeys: false });
  const at = (offset: number): Pos => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, col };
  };
  const errors: string[] = [];
  const where = (pos: Pos) => `${file}:${pos.line}:${pos.col}`;
  for (const e of [...doc.errors, ...doc.warnings]) {
    if (/call stack/i.test(e.message)) return { root: null, errors: [`${file}:1:1: nesting is deeper than ${MAX_DEPTH} levels`] };
    errors.push(`${where(at(e.pos[0]))}: ${firstLine(e.message)}`);
  }
  if (errors.length > 0) return { root: null, errors };

  const convert = (node: Node | null | undefined, depth: number, fallback: Pos): PNode | null => {
    const pos = node?.range ? at(node.range[0]) : fallback;
    if (depth > MAX_DEPTH) { errors.push(`${where(pos)}: nesting is deeper than ${MAX_DEPTH} levels`); return null; }
    if (node == null) return { value: null, pos };
    if (node.tag && !node.tag.startsWith('tag:yaml.org,2002:')) {
      errors.push(`${where(pos)}: custom tag ${node.tag} is not allowed`);
      return null;
    }
    if (isAlias(node)) { errors.push(`${where(pos)}: aliases (*name) are not allowed in content; write the value out`); return null; }
    if (isScalar(node)) {
      const v = node.value;
      if (typeof v === 'string') return { value: sanitizeText(v), pos };
      if (v === null || typeof v === 'number' || typeof v === 'boolean') return { value: v, pos };
      errors.push(`${where(pos)}: unsupported value`);
      return null;
    }
    if (isSeq(node)) {
      const out: PNode[] = [];
      for (const item of node.items) {
        const c = convert(item as Node, depth + 1, pos);
        if (c) out.push(c);
      }
      return { value: out, pos };
    }
    if (isMap(node)) {
      // A null-prototype record: a "__proto__" key in a pack is plain data, never a prototype.
      const out: Record<string, PNode> = Object.create(null);
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null;
        const keyPos = keyNode?.range ? at(keyNode.range[0]) : pos;
        if (!isScalar(keyNode) || (typeof keyNode.value !== 'string' && typeof keyNode.value !== 'number')) {
          errors.push(`${where(keyPos)}: keys must be plain words`);
          continue;
        }
        const c = convert(pair.value as Node, depth + 1, keyPos);
        if (c) out[sanitizeText(String(keyNode.value))] = { ...c, keyPos };
      }
      return { value: out, pos };
    }
    errors.push(`${where(pos)}: unsupported YAML node`);
    return null;
  };
  const root = convert(doc.contents as Node, 0, { line: 1, col: 1 });
  return errors.length > 0 ? { root: null, errors } : { root, errors };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
