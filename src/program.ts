// The command table: verbs, options and arguments, each action lazily importing its own command module, so
// `--help` loads almost nothing. No side effects at import: the entry (cli.ts) owns the process, and tests
// build the same table with a test Context and run it in-process.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { Context, GlobalOptions } from './context.js';
import { describeSystemError, ExitCode, Interrupted, isSystemError, UserError } from './errors.js';
import { version } from './version.js';
import { words } from './words.js';

const help = words.help;

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
  flashcards: async () => (await import('./commands/flashcards.js')).run,
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

/** `-l, --lesson <id>`: a lesson id, as `learn` and `reset` take it. */
function lessonOption(description: string): Option {
  return new Option('-l, --lesson <id>', description);
}

/** `-t, --topic <id>`, the older name of `--lesson`: still accepted, no longer shown in help; not both at once. */
function olderLessonOption(): Option {
  return new Option('-t, --topic <id>').hideHelp().conflicts('lesson');
}

interface LessonOptions {
  lesson?: string;
  topic?: string;
}

/**
 * For verbs whose first argument is a lesson but that also take `--lesson`: the arguments with the option's
 * lesson put first (`learn --lesson functions overview` is `learn functions overview`). A lesson given both
 * ways leaves one argument too many: a usage error.
 */
function lessonFirst(cmd: Command, opts: LessonOptions, args: (string | undefined)[]): (string | undefined)[] {
  const named = opts.lesson ?? opts.topic;
  if (named === undefined) return args;
  if (args[args.length - 1] !== undefined) cmd.error(help.lessonTwice, { exitCode: ExitCode.usage, code: 'nm-tutor.lessonTwice' });
  return [named, ...args.slice(0, -1)];
}

/** The options with the lesson from `--lesson`, or else from `--topic`. */
function withLesson<T extends { lesson?: string; topic?: string }>({ topic, ...opts }: T): Omit<T, 'topic'> {
  return { ...opts, lesson: opts.lesson ?? topic };
}

export function buildProgram(makeContext: ContextFactory, io?: CommandLineIO, run: Dispatch = runVerb): Command {
  // Set before the subcommands are created, so they inherit them: usage errors become exit 2, output goes to io.
  const program = new Command().exitOverride();
  if (io) program.configureOutput({ writeOut: io.writeOut, writeErr: io.writeErr });

  function wholeNumber(name: string, min: number, max: number) {
    return (value: string): number => {
      const n = Number(value);
      if (!/^\d+$/.test(value.trim()) || n < min || n > max) throw new InvalidArgumentError(help.wholeNumber(name, min, max));
      return n;
    };
  }

  const context = (): Promise<Context> => makeContext(program.opts<GlobalOptions>());
  const dispatch = <V extends Verb>(verb: V, options: OptionsOf<V>) => run(verb, options, context);

  program
    .name('nm-tutor')
    .description(help.program)
    .version(version, '-V, --version')
    .option('--plain', help.plain)
    .option('--no-color', help.noColor)
    .option('--content <dir>', help.content)
    .showHelpAfterError(help.afterError)
    .addHelpText('after', help.after);

  program
    .command('study')
    .description(help.study.description)
    .addHelpText('after', help.study.after)
    .action(async () => {
      await dispatch('study', {});
    });

  program
    .command('learn')
    .description(help.learn.description)
    .argument('[lesson]', help.learn.lesson)
    .argument('[section]', help.learn.section)
    // `quiz --lesson X` is what learners see most, so `learn --lesson X [section]` works too (not in help).
    .addOption(lessonOption(help.learn.lesson).hideHelp())
    .addOption(olderLessonOption())
    .addHelpText('after', help.learn.after)
    .action(async function (this: Command, first: string | undefined, second: string | undefined, opts: LessonOptions) {
      const [lesson, section] = lessonFirst(this, opts, [first, second]);
      await dispatch('learn', { lesson, section });
    });

  program
    .command('quiz')
    .description(help.quiz.description)
    .addOption(lessonOption(help.onlyLesson))
    .addOption(olderLessonOption())
    .option('-n, --limit <n>', help.quiz.limit, wholeNumber('--limit', 1, 1000), 10)
    .option('--seed <n>', help.quiz.seed, wholeNumber('--seed', 0, 2 ** 31 - 1))
    .option('-s, --studied', help.quiz.studied)
    .addHelpText('after', help.quiz.after)
    .action(async (opts: { lesson?: string; topic?: string; limit: number; seed?: number; studied?: boolean }) => {
      await dispatch('quiz', withLesson(opts));
    });

  program
    .command('review')
    .description(help.review.description)
    .option('-n, --limit <n>', help.review.limit, wholeNumber('--limit', 1, 1000), 20)
    .addHelpText('after', help.review.after)
    .action(async (opts: { limit: number }) => {
      await dispatch('review', opts);
    });

  program
    .command('compare')
    .description(help.compare.description)
    .argument('<a>', help.compare.a)
    .argument('<b>', help.compare.b)
    .option('--json', help.compare.json)
    .option('--no-drill', help.compare.noDrill)
    .addHelpText('after', help.compare.after)
    .action(async (a: string, b: string, opts: { json?: boolean; drill?: boolean }) => {
      await dispatch('compare', { a, b, ...opts });
    });

  program
    .command('topics')
    .description(help.topics.description)
    .option('--json', help.json)
    .addHelpText('after', help.topics.after)
    .action(async (opts: { json?: boolean }) => {
      await dispatch('topics', opts);
    });

  const progressCommand = program
    .command('progress')
    .description(help.progress.description)
    .option('--json', help.json)
    .addOption(lessonOption(help.progress.lesson))
    .addOption(olderLessonOption())
    .addHelpText('after', help.progress.after)
    .action(async (opts: { json?: boolean; lesson?: string; topic?: string }) => {
      await dispatch('progress', withLesson(opts));
    });

  progressCommand
    .command('export')
    .description(help.progress.export)
    .action(async () => {
      await dispatch('progress-export', {});
    });

  progressCommand
    .command('import')
    .description(help.progress.import)
    .argument('<file>', help.progress.file)
    .action(async (file: string) => {
      await dispatch('progress-import', { file });
    });

  program
    .command('reset')
    .description(help.reset.description)
    .argument('[lesson]', help.reset.lesson)
    .option('-y, --yes', help.reset.yes)
    .addOption(lessonOption(help.reset.lesson).hideHelp())
    .addOption(olderLessonOption())
    .addHelpText('after', help.reset.after)
    .action(async function (this: Command, first: string | undefined, opts: LessonOptions & { yes?: boolean }) {
      const [lesson] = lessonFirst(this, opts, [first]);
      await dispatch('reset', { lesson, yes: opts.yes });
    });

  program
    .command('sources')
    .description(help.sources.description)
    .option('--json', help.json)
    .addHelpText('after', help.sources.after)
    .action(async (opts: { json?: boolean }) => {
      await dispatch('sources', opts);
    });

  program
    .command('define')
    .description(help.define.description)
    .argument('[term...]', help.define.term)
    .option('--list', help.define.list)
    .option('--json', help.json)
    .addHelpText('after', help.define.after)
    .action(async (term: string[], opts: { list?: boolean; json?: boolean }) => {
      await dispatch('define', { term: term.length ? term.join(' ') : undefined, ...opts });
    });

  program
    .command('validate')
    .description(help.validate.description)
    .argument('[dir]', help.validate.dir)
    .addOption(new Option('--coverage', help.validate.coverage))
    .option('--strict', help.validate.strict)
    .addHelpText('after', help.validate.after)
    .action(async (dir: string | undefined, opts: { coverage?: boolean; strict?: boolean }) => {
      await dispatch('validate', { dir, ...opts, content: program.opts<GlobalOptions>().content });
    });

  program
    .command('grade')
    .description(help.grade.description)
    .argument('<question-id>', help.grade.id)
    .argument('<answer...>', help.grade.answer)
    .option('--json', help.grade.json)
    .addHelpText('after', help.grade.after)
    .action(async (id: string, answer: string[], opts: { json?: boolean }) => {
      await dispatch('grade', { id, answer, ...opts });
    });

  program
    .command('flashcards')
    // The verb's first name; `progress export` is the other export, so this one is named for what it makes.
    .alias('export')
    .description(help.flashcards.description)
    .option('-f, --format <format>', help.flashcards.format)
    .option('-o, --out <file>', help.flashcards.out)
    .option('--force', help.flashcards.force)
    .addOption(lessonOption(help.onlyLesson))
    .addOption(olderLessonOption())
    .addHelpText('after', help.flashcards.after)
    .action(async (opts: { format?: string; out?: string; lesson?: string; topic?: string; force?: boolean }) => {
      await dispatch('flashcards', withLesson(opts));
    });

  program
    .command('new')
    .description(help.new.description)
    .argument('<kind>', help.new.kind)
    .argument('<id>', help.new.id)
    .option('-d, --dir <dir>', help.new.dir, '.')
    .option('--force', help.new.force)
    .addHelpText('after', help.new.after)
    .action(async (what: string, id: string, opts: { dir?: string; force?: boolean }) => {
      await dispatch('new', { what, id, ...opts });
    });

  program
    .command('completion')
    .description(help.completion.description)
    .argument('<shell>', help.completion.shell)
    .addOption(new Option('--ids', help.completion.ids).hideHelp())
    .addHelpText('after', help.completion.after)
    .action(async (shell: string, opts: { ids?: boolean }) => {
      const options: Record<string, string[]> = {};
      for (const c of program.commands)
        for (const name of [c.name(), ...c.aliases()])
          options[name] = [...c.options.filter((o) => !o.hidden).flatMap((o) => [o.long ?? '', o.short ?? '']), '--help', '-h'].filter(
            Boolean,
          );
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
      writeErr(words.exit.systemError(err.path, describeSystemError(err)));
      return ExitCode.error;
    }
    writeErr(words.exit.unexpected((err as Error)?.message ?? String(err)));
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
