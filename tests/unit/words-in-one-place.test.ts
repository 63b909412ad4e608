// The rule of src/words.ts: learner-facing sentences live in the catalogue, so a second language is a second
// catalogue. This scans the commands, the UI, the store and the command table for string literals that read
// like English sentences (three or more words of letters) and names each one at file:line.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve('src');
const SCANNED = ['commands', 'ui', 'progress', 'cli.ts', 'program.ts', 'context.ts', 'errors.ts', 'content/find.ts'];

/**
 * Text that is not for a learner to read, by file and the function it is in: shell code that completion
 * scripts are made of, the YAML skeletons `nm-tutor new` writes (content files an author fills in), and a
 * content diagnostic at file:line:col, which stays next to its check.
 */
const ALLOWED_FUNCTIONS: Readonly<Record<string, readonly string[]>> = {
  'commands/completion.ts': ['bashScript', 'zshScript', 'fishScript'],
  'commands/new.ts': ['lessonSkeleton', 'quizSkeleton'],
  'commands/validate.ts': ['placeholderProblems'],
};

/** A word of prose: letters, maybe quoted or followed by punctuation; `--list`, `<id>` and `nm-tutor` are not. */
const PROSE_WORD = /^[("'`]*\p{L}[\p{L}'’]*[)"'`.,;:!?…]*$/u;

/** Three or more words of prose, once `${…}` parts are taken out. */
export function looksLikeSentence(text: string): boolean {
  return text.split(/\s+/).filter((w) => PROSE_WORD.test(w)).length >= 3;
}

function filesUnder(entry: string): string[] {
  const full = path.join(ROOT, entry);
  if (entry.endsWith('.ts')) return [full];
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(full, f));
}

/** The names of the functions and variables a node is inside, innermost first. */
function enclosingNames(node: ts.Node): string[] {
  const names: string[] = [];
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isFunctionDeclaration(n) && n.name) names.push(n.name.text);
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name)) names.push(n.name.text);
  }
  return names;
}

/** `ctx.command('define "conversion rate"')`: a command line to print, not prose. */
function isCommandLine(node: ts.Node): boolean {
  const call = node.parent;
  return (
    call !== undefined &&
    ts.isCallExpression(call) &&
    call.arguments.includes(node as ts.Expression) &&
    /(^|\.)command$/.test(call.expression.getText())
  );
}

/** Every sentence-like literal in one source text, as `file:line: text`. */
export function sentencesIn(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const allowed = ALLOWED_FUNCTIONS[path.relative(ROOT, file).split(path.sep).join('/')] ?? [];
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    let text: string | undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateExpression(node)) text = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
    // Module names in imports are not text; the literal in a type (`'a' | 'b'`) is a single word anyway.
    const parent = node.parent as ts.Node | undefined;
    const inImport = parent !== undefined && (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent));
    if (text !== undefined && !inImport && !isCommandLine(node) && looksLikeSentence(text)) {
      if (!enclosingNames(node).some((n) => allowed.includes(n))) {
        const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
        found.push(`${path.relative(process.cwd(), file)}:${line + 1}: ${text.replace(/\s+/g, ' ').slice(0, 80)}`);
      }
    }
    // A template's parts are not visited again on their own.
    if (!ts.isTemplateExpression(node)) ts.forEachChild(node, visit);
    else node.templateSpans.forEach((s) => visit(s.expression));
  };
  visit(sf);
  return found;
}

describe('words live in src/words.ts', () => {
  test.each([
    ['Cleared everything here.', true],
    ['Cleared everything.', false],
    ['Could not save progress', true],
    ['--json', false],
    ['progress.json', false],
    ['#separator:tab', false],
    ['a b', false],
    ['%s items', false],
    ['nm-tutor define --list', false],
    ['quiz --lesson <id>', false],
    ["Unknown shell ''. Use bash, zsh or fish.", true],
  ])('looksLikeSentence(%j) is %s', (text, expected) => {
    expect(looksLikeSentence(text)).toBe(expected);
  });

  test('finds a planted sentence in a string, a template and a call, and skips imports', () => {
    const file = path.join(ROOT, 'commands', 'planted.ts');
    const source = [
      "import { x } from '../some module with spaces.js';",
      "ctx.say('Nothing was cleared today.');",
      'ctx.say(`Cleared ${what} for good.`);',
      "const id = 'functions-001';",
      'ctx.say(ctx.command(\'define "conversion rate"\'));',
    ].join('\n');
    expect(sentencesIn(file, source)).toEqual([
      `${path.join('src', 'commands', 'planted.ts')}:2: Nothing was cleared today.`,
      `${path.join('src', 'commands', 'planted.ts')}:3: Cleared for good.`,
    ]);
  });

  test('the allow-list covers only the named functions of the named file', () => {
    const script = 'export function bashScript() { return `for i in (seq (count $tokens))`; }';
    expect(sentencesIn(path.join(ROOT, 'commands', 'completion.ts'), script)).toEqual([]);
    expect(sentencesIn(path.join(ROOT, 'commands', 'export.ts'), script)).toHaveLength(1);
  });

  test('no learner-facing sentence is left outside the catalogue', () => {
    const found = SCANNED.flatMap(filesUnder).flatMap((f) => sentencesIn(f, readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });
});
