// The command table. Each action lazily imports its own module, so `--help` loads almost nothing.
// This is the one place that turns errors into messages and exit codes.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { Context, GlobalOptions } from './context.js';
import { ExitCode, Interrupted, UserError } from './errors.js';
import { flushStores } from './progress/pending.js';

// Set before the subcommands are created, so they inherit it: usage errors become exit 2 in main().
const program = new Command().exitOverride();

function wholeNumber(name: string, min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || n < min || n > max) throw new InvalidArgumentError(`${name} must be a whole number from ${min} to ${max}.`);
    return n;
  };
}

let activeContext: Context | undefined;
async function context(): Promise<Context> {
  const { createContext } = await import('./context.js');
  activeContext = await createContext(program.opts<GlobalOptions>());
  return activeContext;
}

program
  .name('nm-tutor')
  .description('An interactive tutor for the core concepts of network (internet) marketing.')
  .version('0.1.0', '-V, --version')
  .option('--plain', 'line mode: numbered options, one answer per line (automatic when stdin is not a terminal)')
  .option('--no-color', 'turn colour off (so do NO_COLOR=1 and TERM=dumb)')
  .option('--content <dir>', 'use the content pack in DIR (lessons/ and quizzes/) instead of the shipped one')
  .showHelpAfterError('(run nm-tutor --help for usage)')
  .addHelpText('after', `
Examples:
  nm-tutor learn functions            study the eight functions, section by section
  nm-tutor quiz --topic 4p-4c         drill one topic
  nm-tutor compare promotion ecommerce
  nm-tutor topics                     list lessons and concepts

Progress is saved after every answer to $NM_TUTOR_HOME/progress.json (default: your data directory).`);

program.command('learn')
  .description('study a lesson one section at a time, with a check-yourself question after each')
  .argument('[topic]', 'lesson id (see `nm-tutor topics`); omit to pick from a menu')
  .addHelpText('after', '\nExample:\n  nm-tutor learn functions')
  .action(async (topic?: string) => {
    const { run } = await import('./commands/learn.js');
    await run({ topic }, await context());
  });

program.command('quiz')
  .description('a mixed drill with feedback after every answer and a score at the end')
  .option('-t, --topic <id>', 'only questions from this lesson')
  .option('-n, --limit <n>', 'how many questions', wholeNumber('--limit', 1, 1000), 10)
  .option('--seed <n>', 'fixed order for a reproducible quiz', wholeNumber('--seed', 0, 2 ** 31 - 1))
  .addHelpText('after', '\nExample:\n  nm-tutor quiz --topic functions --limit 5')
  .action(async (opts: { topic?: string; limit: number; seed?: number }) => {
    const { run } = await import('./commands/quiz.js');
    await run(opts, await context());
  });

program.command('review')
  .description('the questions due for review, most overdue first (spaced repetition)')
  .option('-n, --limit <n>', 'at most this many questions', wholeNumber('--limit', 1, 1000), 20)
  .addHelpText('after', '\nExample:\n  nm-tutor review --limit 10')
  .action(async (opts: { limit: number }) => {
    const { run } = await import('./commands/review.js');
    await run(opts, await context());
  });

program.command('compare')
  .description('two concepts side by side, then a short drill sorting statements into one or the other')
  .argument('<a>', 'a concept id or alias, e.g. promotion')
  .argument('<b>', 'another concept, e.g. ecommerce')
  .option('--json', 'print the comparison as JSON')
  .option('--no-drill', 'skip the sorting drill')
  .addHelpText('after', '\nExample:\n  nm-tutor compare promotion ecommerce')
  .action(async (a: string, b: string, opts: { json?: boolean; drill?: boolean }) => {
    const { run } = await import('./commands/compare.js');
    await run({ a, b, ...opts }, await context());
  });

program.command('topics')
  .description('list the lessons and the concepts you can compare')
  .option('--json', 'print as JSON')
  .addHelpText('after', '\nExample:\n  nm-tutor topics --json')
  .action(async (opts: { json?: boolean }) => {
    const { run } = await import('./commands/topics.js');
    await run(opts, await context());
  });

const progressCommand = program.command('progress')
  .description('mastery per topic, reviews due, study streak, activity and the next step')
  .option('--json', 'print as JSON')
  .addHelpText('after', '\nExamples:\n  nm-tutor progress\n  nm-tutor progress export > my-progress.json\n  nm-tutor progress import my-progress.json')
  .action(async (opts: { json?: boolean }) => {
    const { run } = await import('./commands/progress.js');
    await run(opts, await context());
  });

progressCommand.command('export')
  .description('print your whole history as JSON, to move it to another machine')
  .action(async () => {
    const { runExport } = await import('./commands/progress-transfer.js');
    await runExport(await context());
  });

progressCommand.command('import')
  .description('merge a history exported elsewhere into yours (per question, newer wins)')
  .argument('<file>', 'a file written by `nm-tutor progress export`')
  .action(async (file: string) => {
    const { runImport } = await import('./commands/progress-transfer.js');
    await runImport({ file }, await context());
  });

program.command('reset')
  .description('clear your progress, for one topic or for everything, after a confirmation')
  .argument('[topic]', 'lesson id; omit to clear everything')
  .option('-y, --yes', 'do not ask for confirmation')
  .addHelpText('after', '\nExample:\n  nm-tutor reset functions')
  .action(async (topic: string | undefined, opts: { yes?: boolean }) => {
    const { run } = await import('./commands/reset.js');
    await run({ topic, ...opts }, await context());
  });

program.command('define')
  .description('explain a term in a sentence or two, with the lesson section to read')
  .argument('[term...]', 'the term, e.g. conversion rate')
  .option('--list', 'list every term')
  .option('--json', 'print as JSON')
  .addHelpText('after', '\nExample:\n  nm-tutor define conversion rate')
  .action(async (words: string[], opts: { list?: boolean; json?: boolean }) => {
    const { run } = await import('./commands/define.js');
    await run({ term: words.length ? words.join(' ') : undefined, ...opts }, await context());
  });

program.command('validate')
  .description('check a content directory (default: the shipped content); non-zero exit on any problem')
  .argument('[dir]', 'content directory with lessons/ and quizzes/')
  .addOption(new Option('--coverage', 'list each lesson section with its question count by kind'))
  .addHelpText('after', '\nExample:\n  nm-tutor validate ./my-pack --coverage')
  .action(async (dir: string | undefined, opts: { coverage?: boolean }) => {
    const { run } = await import('./commands/validate.js');
    await run({ dir, ...opts, content: program.opts<GlobalOptions>().content }, await context());
  });

program.command('export')
  .description('write every question as flashcards: Anki import text, CSV or JSON')
  .option('-f, --format <format>', 'anki, csv or json', 'anki')
  .option('-o, --out <file>', 'write to FILE instead of standard output')
  .option('-t, --topic <id>', 'only questions from this lesson')
  .addHelpText('after', '\nExample:\n  nm-tutor export --format anki --out nm-tutor.txt   (then File > Import in Anki)')
  .action(async (opts: { format: string; out?: string; topic?: string }) => {
    const { run } = await import('./commands/export.js');
    await run(opts, await context());
  });

program.command('new')
  .description('write a commented skeleton lesson or quiz bank that passes `validate`')
  .argument('<kind>', 'lesson or quiz')
  .argument('<id>', 'the new lesson id (a quiz bank is named after its lesson)')
  .option('-d, --dir <dir>', 'content directory to write into', '.')
  .option('--force', 'overwrite an existing file')
  .addHelpText('after', '\nExample:\n  nm-tutor new lesson social-media --dir my-pack')
  .action(async (what: string, id: string, opts: { dir?: string; force?: boolean }) => {
    const { run } = await import('./commands/new.js');
    await run({ what, id, ...opts }, await context());
  });

program.command('completion')
  .description('print a shell completion script (verbs, options, topic and concept ids)')
  .argument('<shell>', 'bash, zsh or fish')
  .addHelpText('after', '\nExample:\n  source <(nm-tutor completion bash)')
  .action(async (shell: string) => {
    const { run } = await import('./commands/completion.js');
    const options: Record<string, string[]> = {};
    for (const c of program.commands) options[c.name()] = [...c.options.map((o) => o.long ?? o.short ?? ''), '--help'].filter(Boolean);
    await run({ shell, words: { verbs: program.commands.map((c) => c.name()), options } }, await context());
  });

function restoreTerminal(): void {
  if (process.stdout.isTTY) process.stdout.write('\u001b[?25h');
  if (process.stdin.isTTY && process.stdin.isRaw) process.stdin.setRawMode(false);
}

function goodbye(code: number): never {
  restoreTerminal();
  // A save that failed (a busy lock, a full disk) is tried once more; the goodbye never claims one that did not happen.
  const saved = flushStores();
  process.stderr.write(saved ? '\nStopped. Everything you answered is saved.\n' : '\nStopped. Some answers could NOT be saved (see the warning above).\n');
  process.exit(code);
}

// Progress is written synchronously after every answer, so a signal only has to tidy the terminal.
process.on('SIGINT', () => goodbye(ExitCode.interrupted));
process.on('SIGTERM', () => goodbye(ExitCode.sigterm));
process.on('SIGHUP', () => goodbye(ExitCode.sighup));
// `nm-tutor compare a b | head`: the reader has seen enough. Saves are synchronous, so stopping loses nothing.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(ExitCode.ok);
    // A full disk or a broken device (`nm-tutor progress export > file`): say so in one line and fail, never exit 0.
    if (stream !== process.stderr) { try { process.stderr.write(`nm-tutor: could not write the output: ${err.code ?? err.message}\n`); } catch { /* nowhere left to say it */ } }
    process.exit(ExitCode.error);
  });
}

async function main(): Promise<number> {
  try {
    // A bare `nm-tutor` is a newcomer asking what there is: show the help, and that is not an error.
    if (process.argv.length <= 2) {
      program.outputHelp();
      return ExitCode.ok;
    }
    await program.parseAsync(process.argv);
    if (!flushStores()) {
      process.stderr.write('Some answers could NOT be saved (see the warning above).\n');
      return ExitCode.error;
    }
    return ExitCode.ok;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    if (err instanceof Interrupted) goodbye(err.exitCode);
    if (err instanceof UserError) {
      process.stderr.write(`${err.message}\n`);
      return err.exitCode;
    }
    if (process.env.DEBUG?.includes('nm-tutor')) process.stderr.write(`${(err as Error)?.stack ?? String(err)}\n`);
    process.stderr.write(`nm-tutor: unexpected error: ${(err as Error)?.message ?? String(err)} (set DEBUG=nm-tutor for details)\n`);
    return ExitCode.error;
  } finally {
    activeContext = undefined;
  }
}

/**
 * Exits once everything written has left the process: a pipe takes 64 KiB at a time and Node queues the
 * rest, which process.exit() alone would drop (`nm-tutor export | wc -c` stopped at 65536).
 */
async function exitAfterFlush(code: number): Promise<never> {
  // A failed write to a file reports its error on a later tick: let it reach the handler above before exiting 0.
  await new Promise((resolve) => setImmediate(resolve));
  await Promise.all([process.stdout, process.stderr].map((stream) =>
    new Promise<void>((resolve) => (stream.writableLength === 0 ? resolve() : stream.write('', () => resolve())))));
  process.exit(code);
}

await exitAfterFlush(await main());
