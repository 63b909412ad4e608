// The command table: verbs, options and arguments, each action lazily importing its own command module, so
// `--help` loads almost nothing. No side effects at import: the entry (cli.ts) owns the process, and tests
// build the same table with a test Context and run it in-process.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { Context, GlobalOptions } from './context.js';
import { describeSystemError, ExitCode, Interrupted, isSystemError, UserError } from './errors.js';
import { version } from './version.js';

export type ContextFactory = (globals: GlobalOptions) => Promise<Context>;

/** One line per verb: the module that runs it, loaded only when that verb runs (so `--help` loads none). */
const VERBS = {
  study: async () => {
    const { run } = await import('./commands/study.js');
    return (_: Record<string, never>, ctx: Context) => run(ctx);
  },
  learn: async () => (await import('./commands/learn.js')).run,
  quiz: async () => (await import('./commands/quiz.js')).run,
  review: async () => (await import('./commands/review.js')).run,
  compare: async () => (await import('./commands/compare.js')).run,
  topics: async () => (await import('./commands/topics.js')).run,
  progress: async () => (await import('./commands/progress.js')).run,
  'progress-export': async () => {
    const { runExport } = await import('./commands/progress-transfer.js');
    return (_: Record<string, never>, ctx: Context) => runExport(ctx);
  },
  'progress-import': async () => (await import('./commands/progress-transfer.js')).runImport,
  reset: async () => (await import('./commands/reset.js')).run,
  sources: async () => (await import('./commands/sources.js')).run,
  define: async () => (await import('./commands/define.js')).run,
  validate: async () => (await import('./commands/validate.js')).run,
  grade: async () => (await import('./commands/grade.js')).run,
  export: async () => (await import('./commands/export.js')).run,
  new: async () => (await import('./commands/new.js')).run,
  completion: async () => (await import('./commands/completion.js')).run,
};
export type Verb = keyof typeof VERBS;
/** The options a verb's command receives, as its own module declares them. */
export type OptionsOf<V extends Verb> = Parameters<Awaited<ReturnType<(typeof VERBS)[V]>>>[0];

/** Runs one verb with the options the table parsed. Tests pass their own to see argv become options. */
export type Dispatch = <V extends Verb>(verb: V, options: OptionsOf<V>, context: () => Promise<Context>) => Promise<void>;

const runVerb: Dispatch = async (verb, options, context) => {
  const run = (await VERBS[verb]()) as (options: OptionsOf<typeof verb>, ctx: Context) => Promise<void>;
  await run(options, await context());
};

export interface CommandLineIO {
  readonly writeOut: (text: string) => void;
  readonly writeErr: (text: string) => void;
  readonly debug?: boolean;
  /** Both ends are a terminal: a bare `nm-tutor` starts studying instead of printing the help. */
  readonly interactive?: boolean;
}

export function buildProgram(makeContext: ContextFactory, io?: CommandLineIO, run: Dispatch = runVerb): Command {
  // Set before the subcommands are created, so they inherit them: usage errors become exit 2, output goes to io.
  const program = new Command().exitOverride();
  if (io) program.configureOutput({ writeOut: io.writeOut, writeErr: io.writeErr });

  function wholeNumber(name: string, min: number, max: number) {
    return (value: string): number => {
      const n = Number(value);
      if (!/^\d+$/.test(value.trim()) || n < min || n > max)
        throw new InvalidArgumentError(`${name} must be a whole number from ${min} to ${max}.`);
      return n;
    };
  }

  const context = (): Promise<Context> => makeContext(program.opts<GlobalOptions>());
  const dispatch = <V extends Verb>(verb: V, options: OptionsOf<V>) => run(verb, options, context);

  program
    .name('nm-tutor')
    .description('An interactive tutor for the core concepts of network (internet) marketing.')
    .version(version, '-V, --version')
    .option('--plain', 'line mode: numbered options, one answer per line (automatic when stdin is not a terminal)')
    .option('--no-color', 'turn colour off (so do NO_COLOR=1 and TERM=dumb)')
    .option('--content <dir>', 'use the content pack in DIR (lessons/ and quizzes/) instead of the shipped one')
    .showHelpAfterError('(run nm-tutor --help for usage)')
    .addHelpText(
      'after',
      `
Examples:
  nm-tutor learn functions            study the eight functions, section by section
  nm-tutor quiz --topic 4p-4c         drill one topic
  nm-tutor compare promotion ecommerce
  nm-tutor topics                     list lessons and concepts

Progress is saved after every answer to $NM_TUTOR_HOME/progress.json (default: your data directory).`,
    );

  program
    .command('study')
    .description(
      'continue where you are: due reviews first, then the next section, then your weakest topic (also a bare `nm-tutor` in a terminal)',
    )
    .addHelpText('after', '\nExample:\n  nm-tutor study')
    .action(async () => {
      await dispatch('study', {});
    });

  program
    .command('learn')
    .description('study a lesson one section at a time, with a check-yourself question after each')
    .argument('[topic]', 'lesson id (see `nm-tutor topics`); omit to pick from a menu')
    .argument('[section]', 'open one section by its id (also written topic#section, as feedback links do)')
    .addHelpText('after', '\nExamples:\n  nm-tutor learn functions\n  nm-tutor learn functions customer-service')
    .action(async (topic?: string, section?: string) => {
      await dispatch('learn', { topic, section });
    });

  program
    .command('quiz')
    .description('a mixed drill with feedback after every answer and a score at the end')
    .option('-t, --topic <id>', 'only questions from this lesson')
    .option('-n, --limit <n>', 'how many questions', wholeNumber('--limit', 1, 1000), 10)
    .option('--seed <n>', 'fixed order for a reproducible quiz', wholeNumber('--seed', 0, 2 ** 31 - 1))
    .option('-s, --studied', 'only questions on sections you have read')
    .addHelpText('after', '\nExample:\n  nm-tutor quiz --topic functions --limit 5')
    .action(async (opts: { topic?: string; limit: number; seed?: number; studied?: boolean }) => {
      await dispatch('quiz', opts);
    });

  program
    .command('review')
    .description('the questions due for review, most overdue first (spaced repetition)')
    .option('-n, --limit <n>', 'at most this many questions', wholeNumber('--limit', 1, 1000), 20)
    .addHelpText('after', '\nExample:\n  nm-tutor review --limit 10')
    .action(async (opts: { limit: number }) => {
      await dispatch('review', opts);
    });

  program
    .command('compare')
    .description('two concepts side by side, then a short drill sorting statements into one or the other')
    .argument('<a>', 'a concept id or alias, e.g. promotion')
    .argument('<b>', 'another concept, e.g. ecommerce')
    .option('--json', 'print the comparison as JSON')
    .option('--no-drill', 'skip the sorting drill')
    .addHelpText('after', '\nExample:\n  nm-tutor compare promotion ecommerce')
    .action(async (a: string, b: string, opts: { json?: boolean; drill?: boolean }) => {
      await dispatch('compare', { a, b, ...opts });
    });

  program
    .command('topics')
    .description('list the lessons and the concepts you can compare')
    .option('--json', 'print as JSON')
    .addHelpText('after', '\nExample:\n  nm-tutor topics --json')
    .action(async (opts: { json?: boolean }) => {
      await dispatch('topics', opts);
    });

  const progressCommand = program
    .command('progress')
    .description('mastery per topic, reviews due, study streak, activity and the next step')
    .option('--json', 'print as JSON')
    .option('-t, --topic <id>', 'mastery section by section for one lesson')
    .addHelpText(
      'after',
      '\nExamples:\n  nm-tutor progress\n  nm-tutor progress --topic functions\n  nm-tutor progress export > my-progress.json\n  nm-tutor progress import my-progress.json',
    )
    .action(async (opts: { json?: boolean; topic?: string }) => {
      await dispatch('progress', opts);
    });

  progressCommand
    .command('export')
    .description('print your whole history as JSON, to move it to another machine')
    .action(async () => {
      await dispatch('progress-export', {});
    });

  progressCommand
    .command('import')
    .description('merge a history exported elsewhere into yours (per question, newer wins)')
    .argument('<file>', 'a file written by `nm-tutor progress export`')
    .action(async (file: string) => {
      await dispatch('progress-import', { file });
    });

  program
    .command('reset')
    .description('clear your progress, for one topic or for everything, after a confirmation')
    .argument('[topic]', 'lesson id; omit to clear everything')
    .option('-y, --yes', 'do not ask for confirmation')
    .addHelpText('after', '\nExample:\n  nm-tutor reset functions')
    .action(async (topic: string | undefined, opts: { yes?: boolean }) => {
      await dispatch('reset', { topic, ...opts });
    });

  program
    .command('sources')
    .description('the five source texts the lessons cite ("source 002"): what each is and covers, and which lessons use it')
    .option('--json', 'print as JSON')
    .addHelpText('after', '\nExample:\n  nm-tutor sources')
    .action(async (opts: { json?: boolean }) => {
      await dispatch('sources', opts);
    });

  program
    .command('define')
    .description('explain a term in a sentence or two, with the lesson section to read')
    .argument('[term...]', 'the term, e.g. conversion rate')
    .option('--list', 'list every term')
    .option('--json', 'print as JSON')
    .addHelpText('after', '\nExample:\n  nm-tutor define conversion rate')
    .action(async (words: string[], opts: { list?: boolean; json?: boolean }) => {
      await dispatch('define', { term: words.length ? words.join(' ') : undefined, ...opts });
    });

  program
    .command('validate')
    .description('check a content directory (default: the shipped content); non-zero exit on any problem')
    .argument('[dir]', 'content directory with lessons/ and quizzes/')
    .addOption(new Option('--coverage', 'list each lesson section with its question count by kind'))
    .option('--strict', 'fail on lint warnings too (cues that give answers away), not only on problems')
    .addHelpText('after', '\nExample:\n  nm-tutor validate ./my-pack --coverage')
    .action(async (dir: string | undefined, opts: { coverage?: boolean; strict?: boolean }) => {
      await dispatch('validate', { dir, ...opts, content: program.opts<GlobalOptions>().content });
    });

  program
    .command('grade')
    .description('show how a typed answer would be graded (score, ideas, notes), recording nothing: for authors')
    .argument('<question-id>', 'a question id, e.g. basics-explain-definition')
    .argument('<answer...>', 'the answer as typed; a cloze takes one argument per gap')
    .option('--json', 'print the grade as JSON')
    .addHelpText(
      'after',
      '\nExample:\n  nm-tutor grade 4p-4c-explain-shift "The 4Ps are the seller\'s decisions; the 4Cs look from the buyer\'s side."',
    )
    .action(async (id: string, answer: string[], opts: { json?: boolean }) => {
      await dispatch('grade', { id, answer, ...opts });
    });

  program
    .command('export')
    .description('write every question as flashcards: Anki import text, CSV or JSON')
    .option('-f, --format <format>', 'anki, csv or json (default: from the --out name, else anki)')
    .option('-o, --out <file>', 'write to FILE instead of standard output')
    .option('--force', 'replace FILE if it exists')
    .option('-t, --topic <id>', 'only questions from this lesson')
    .addHelpText('after', '\nExample:\n  nm-tutor export --out nm-tutor.txt   (then File > Import in Anki)')
    .action(async (opts: { format?: string; out?: string; topic?: string; force?: boolean }) => {
      await dispatch('export', opts);
    });

  program
    .command('new')
    .description('write a commented skeleton lesson and its quiz bank; `validate` lists each TODO: left to fill in')
    .argument('<kind>', 'lesson or quiz')
    .argument('<id>', 'the new lesson id (a quiz bank is named after its lesson)')
    .option('-d, --dir <dir>', 'content directory to write into', '.')
    .option('--force', 'overwrite an existing file')
    .addHelpText('after', '\nExample:\n  nm-tutor new lesson social-media --dir my-pack')
    .action(async (what: string, id: string, opts: { dir?: string; force?: boolean }) => {
      await dispatch('new', { what, id, ...opts });
    });

  program
    .command('completion')
    .description('print a shell completion script (verbs, options, topic and concept ids)')
    .argument('<shell>', 'bash, zsh or fish')
    .addOption(new Option('--ids', "print the pack's ids by kind (the scripts ask this when --content is on the line)").hideHelp())
    .addHelpText('after', '\nExample:\n  source <(nm-tutor completion bash)')
    .action(async (shell: string, opts: { ids?: boolean }) => {
      const options: Record<string, string[]> = {};
      for (const c of program.commands)
        options[c.name()] = [...c.options.filter((o) => !o.hidden).map((o) => o.long ?? o.short ?? ''), '--help'].filter(Boolean);
      await dispatch('completion', { shell, ids: opts.ids, words: { verbs: program.commands.map((c) => c.name()), options } });
    });

  return program;
}

/**
 * Runs one command line and returns its exit code: the one place that turns errors into messages and codes.
 * An Interrupted (Ctrl-C, end of piped input) is passed up: only the entry may tidy the terminal and exit.
 */
export async function runCommandLine(argv: readonly string[], makeContext: ContextFactory, io: CommandLineIO): Promise<number> {
  const { writeErr, debug = false } = io;
  const program = buildProgram(makeContext, io);
  try {
    // A bare `nm-tutor` in a terminal is a learner wanting to go on (as in Anki or Duolingo): study. Piped or
    // scripted, it is someone asking what there is: the help, and that is not an error.
    const verb = firstVerb(argv);
    if (argv.length === 0 && !io.interactive) {
      program.outputHelp();
      return ExitCode.ok;
    }
    const wantsHelp = argv.some((a) => a === '-h' || a === '--help' || a === '-V' || a === '--version');
    await program.parseAsync(verb === undefined && io.interactive && !wantsHelp ? [...argv, 'study'] : [...argv], { from: 'user' });
    return ExitCode.ok;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.exitCode === 0
        ? ExitCode.ok
        : ExitCode.usage;
    }
    if (err instanceof Interrupted) throw err;
    if (err instanceof UserError) {
      writeErr(`${err.message}\n`);
      return err.exitCode;
    }
    if (debug) writeErr(`${(err as Error)?.stack ?? String(err)}\n`);
    if (isSystemError(err)) {
      writeErr(`nm-tutor: ${err.path ? `${err.path}: ` : ''}${describeSystemError(err)}\n`);
      return ExitCode.error;
    }
    writeErr(`nm-tutor: unexpected error: ${(err as Error)?.message ?? String(err)} (set DEBUG=nm-tutor for details)\n`);
    return ExitCode.error;
  }
}

/** The first word of a command line that is not a global option or its value: the verb, if there is one. */
function firstVerb(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--content') {
      i++;
      continue;
    }
    if (!arg.startsWith('-')) return arg;
  }
  return undefined;
}
