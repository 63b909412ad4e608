// YAML text -> a plain tree that remembers where every value stood, so validation can say file:line:col.
// Untrusted input: aliases, custom tags and deep nesting are refused rather than expanded.
import { sanitizeLine, sanitizeText } from './sanitize.js';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export interface Pos {
  readonly line: number;
  readonly col: number;
}
export type PValue = string | number | boolean | null | PNode[] | PMap;
export interface PMap {
  readonly [key: string]: PNode;
}
export interface PNode {
  readonly value: PValue;
  readonly pos: Pos;
  /** position of the key that led here */ readonly keyPos?: Pos;
}

export const MAX_DEPTH = 40;

export interface ParseResult {
  readonly root: PNode | null;
  readonly errors: string[];
}

/** Deepest [ / { nesting outside quotes: checked before parsing, since the parser recurses per level. */
export function flowDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl;
    } else if (c === '\n') quote = '';
    else if (c === '[' || c === '{') {
      depth++;
      if (depth > max) max = depth;
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return max;
}

export function parseYaml(text: string, fileName: string): ParseResult {
  // A pack's file names are the pack's too: no escape sequence in one may reach the terminal.
  const file = sanitizeLine(fileName);
  if (flowDepth(text) > MAX_DEPTH) return { root: null, errors: [`${file}:1:1: nesting is deeper than ${MAX_DEPTH} levels`] };
  const lineCounter = new LineCounter();
  let doc;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, customTags: [], strict: true, stringKeys: false });
  } catch (err) {
    // Deep block (indented) nesting is not caught by flowDepth; the parser then runs out of stack.
    if (err instanceof RangeError) return { root: null, errors: [`${file}:1:1: nesting is deeper than ${MAX_DEPTH} levels`] };
    throw err;
  }
  const at = (offset: number): Pos => lineCounter.linePos(offset);
  const errors: string[] = [];
  const where = (pos: Pos) => `${file}:${pos.line}:${pos.col}`;
  for (const e of [...doc.errors, ...doc.warnings]) {
    if (/call stack/i.test(e.message)) return { root: null, errors: [`${file}:1:1: nesting is deeper than ${MAX_DEPTH} levels`] };
    errors.push(`${where(at(e.pos[0]))}: ${firstLine(e.message)}`);
  }
  if (errors.length > 0) return { root: null, errors };

  // Positions are worked out only when a message needs one: most nodes never report anything.
  const located = (value: PValue, offset: number | Pos, keyOffset?: number | Pos): PNode => new LocatedNode(value, offset, keyOffset, at);
  const convert = (node: Node | null | undefined, depth: number, fallback: number | Pos, keyOffset?: number | Pos): PNode | null => {
    const offset = node?.range ? node.range[0] : fallback;
    const pos = () => (typeof offset === 'number' ? at(offset) : offset);
    if (depth > MAX_DEPTH) {
      errors.push(`${where(pos())}: nesting is deeper than ${MAX_DEPTH} levels`);
      return null;
    }
    if (node == null) return located(null, offset, keyOffset);
    if (node.tag && !node.tag.startsWith('tag:yaml.org,2002:')) {
      errors.push(`${where(pos())}: custom tag ${sanitizeLine(node.tag)} is not allowed`);
      return null;
    }
    if (isAlias(node)) {
      errors.push(`${where(pos())}: aliases (*name) are not allowed in content; write the value out`);
      return null;
    }
    if (isScalar(node)) {
      const v = node.value;
      if (typeof v === 'string') return located(sanitizeText(v), offset, keyOffset);
      if (v === null || typeof v === 'number' || typeof v === 'boolean') return located(v, offset, keyOffset);
      errors.push(`${where(pos())}: unsupported value`);
      return null;
    }
    if (isSeq(node)) {
      const out: PNode[] = [];
      for (const item of node.items) {
        const c = convert(item as Node, depth + 1, offset);
        if (c) out.push(c);
      }
      return located(out, offset, keyOffset);
    }
    if (isMap(node)) {
      // A null-prototype record: a "__proto__" key in a pack is plain data, never a prototype.
      const out: Record<string, PNode> = Object.create(null);
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null;
        const keyAt = keyNode?.range ? keyNode.range[0] : offset;
        if (!isScalar(keyNode) || (typeof keyNode.value !== 'string' && typeof keyNode.value !== 'number')) {
          errors.push(`${where(typeof keyAt === 'number' ? at(keyAt) : keyAt)}: keys must be plain words`);
          continue;
        }
        const c = convert(pair.value as Node, depth + 1, keyAt, keyAt);
        if (c) out[sanitizeText(String(keyNode.value))] = c;
      }
      return located(out, offset, keyOffset);
    }
    errors.push(`${where(pos())}: unsupported YAML node`);
    return null;
  };
  const root = convert(doc.contents as Node, 0, { line: 1, col: 1 });
  return errors.length > 0 ? { root: null, errors } : { root, errors };
}

class LocatedNode implements PNode {
  constructor(
    readonly value: PValue,
    private readonly offset: number | Pos,
    private readonly keyOffset: number | Pos | undefined,
    private readonly at: (offset: number) => Pos,
  ) {}

  get pos(): Pos {
    return typeof this.offset === 'number' ? this.at(this.offset) : this.offset;
  }

  get keyPos(): Pos | undefined {
    return this.keyOffset === undefined ? undefined : typeof this.keyOffset === 'number' ? this.at(this.keyOffset) : this.keyOffset;
  }
}

/** The parser's message quotes the pack's text, so it is cleaned like content before it reaches the terminal. */
function firstLine(message: string): string {
  return sanitizeLine(message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''));
}
