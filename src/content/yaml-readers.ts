// Small typed readers over a positioned YAML tree. Each records a file:line:col problem instead of throwing,
// so one pass reports every problem in a file together.
import { count } from '../words.js';
import type { PMap, PNode, Pos } from './parse-yaml.js';

export class Problems {
  readonly list: string[] = [];
  constructor(readonly file: string) {}
  at(pos: Pos | undefined, message: string): void {
    const p = pos ?? { line: 1, col: 1 };
    this.list.push(`${this.file}:${p.line}:${p.col}: ${message}`);
  }
  where(node: PNode): string {
    return `${this.file}:${node.pos.line}:${node.pos.col}`;
  }
}

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

export class MapReader {
  private readonly used = new Set<string>();
  constructor(
    readonly node: PNode,
    readonly map: PMap,
    readonly problems: Problems,
    readonly what: string,
  ) {}

  static of(node: PNode | undefined, problems: Problems, what: string, fallback?: Pos): MapReader | null {
    if (!node || node.value === null || typeof node.value !== 'object' || Array.isArray(node.value)) {
      problems.at(node?.pos ?? fallback, `${what} must be a mapping of keys to values`);
      return null;
    }
    return new MapReader(node, node.value as PMap, problems, what);
  }

  has(key: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.map, key);
  }

  raw(key: string): PNode | undefined {
    this.used.add(key);
    return this.has(key) ? this.map[key] : undefined;
  }

  private missing(key: string, expected: string): void {
    this.problems.at(this.node.pos, `${this.what} is missing "${key}" (${expected})`);
  }

  string(key: string, opts: { optional?: boolean } = {}): string {
    const n = this.raw(key);
    if (n === undefined || n.value === null) {
      if (!opts.optional) this.missing(key, 'text');
      return '';
    }
    if (typeof n.value === 'number') return String(n.value);
    if (typeof n.value !== 'string') {
      this.problems.at(n.pos, `"${key}" must be text`);
      return '';
    }
    const text = n.value.trim();
    if (!text && !opts.optional) this.problems.at(n.pos, `"${key}" must not be empty`);
    return text;
  }

  id(key: string): string {
    const value = this.string(key);
    if (value && !ID_PATTERN.test(value)) {
      this.problems.at(this.raw(key)!.pos, `"${key}" "${value}" must be lower-case letters, digits and hyphens`);
    }
    return value;
  }

  number(key: string, fallback: number): number {
    const n = this.raw(key);
    if (n === undefined) return fallback;
    // Number.isFinite is false for anything that is not a number.
    if (!Number.isFinite(n.value)) {
      this.problems.at(n.pos, `"${key}" must be a number`);
      return fallback;
    }
    return n.value as number;
  }

  boolean(key: string, opts: { optional?: boolean } = {}): boolean {
    const n = this.raw(key);
    if (n === undefined) {
      if (!opts.optional) this.missing(key, 'true or false');
      return false;
    }
    if (typeof n.value !== 'boolean') {
      this.problems.at(n.pos, `"${key}" must be true or false`);
      return false;
    }
    return n.value;
  }

  list(key: string, opts: { optional?: boolean; min?: number } = {}): PNode[] {
    const min = opts.min ?? 0;
    const n = this.raw(key);
    if (n === undefined || n.value === null) {
      if (!opts.optional) this.missing(key, 'a list');
      return [];
    }
    if (!Array.isArray(n.value)) {
      this.problems.at(n.pos, `"${key}" must be a list`);
      return [];
    }
    if (n.value.length < min) {
      this.problems.at(n.pos, `"${key}" needs at least ${count(min, 'item')}`);
    }
    return n.value;
  }

  stringList(key: string, opts: { optional?: boolean; min?: number } = {}): string[] {
    return this.list(key, opts)
      .map((item) => textOf(item, this.problems, `each item of "${key}"`))
      .filter((s) => s !== '');
  }

  /** Reports keys nobody asked for: a misspelt "explaination" should not pass silently. */
  finish(): void {
    for (const key of Object.keys(this.map)) {
      if (this.used.has(key)) continue;
      // A key with no value and a space in it is usually the tail of text cut off by a comma inside { }.
      const hint =
        this.map[key]!.value === null && key.includes(' ') ? '; if it is the end of the text before it, put that text in quotes' : '';
      this.problems.at(this.map[key]!.keyPos, `unknown key "${key}" in ${this.what}${hint}`);
    }
  }
}

export function textOf(node: PNode, problems: Problems, what: string): string {
  if (typeof node.value === 'number') return String(node.value);
  if (isMapping(node.value)) {
    // The usual cause: "Key point: detail" unquoted, which YAML reads as a one-key mapping.
    problems.at(node.pos, `${what} must be text, but it reads as a mapping; put text that contains ": " in quotes`);
    return '';
  }
  if (typeof node.value !== 'string' || node.value.trim() === '') {
    problems.at(node.pos, `${what} must be non-empty text`);
    return '';
  }
  return node.value.trim();
}

function isMapping(value: PNode['value']): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The `formatVersion` every content file starts with: missing or malformed is a problem; newer than this
 * nm-tutor understands makes the file unusable (false), since its fields may mean something else.
 */
export function checkFormatVersion(top: MapReader, root: PNode, problems: Problems, understood: number): boolean {
  const versionNode = top.raw('formatVersion');
  if (versionNode === undefined) {
    problems.at(root.pos, `missing "formatVersion: ${understood}"`);
    return true;
  }
  // Number.isInteger is false for anything that is not a number.
  const version = versionNode.value as number;
  if (!Number.isInteger(version) || version < 1) {
    problems.at(versionNode.pos, '"formatVersion" must be a whole number');
  } else if (version > understood) {
    problems.at(versionNode.pos, `formatVersion ${version} is newer than this nm-tutor understands (${understood}); upgrade nm-tutor`);
    return false;
  }
  return true;
}
