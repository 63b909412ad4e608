// Expected failures are values with a user-facing message and an exit code; only cli.ts prints them.
import { words } from './words.js';
export const ExitCode = { ok: 0, error: 1, usage: 2, sighup: 129, interrupted: 130, sigterm: 143 } as const;

export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = ExitCode.error,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** The learner stopped (Ctrl-C, a signal, or the end of piped input). Progress is already saved. */
export class Interrupted extends Error {
  constructor(
    readonly exitCode: number = ExitCode.interrupted,
    readonly reason = 'interrupted',
  ) {
    super(reason);
    this.name = 'Interrupted';
  }
}

export class ContentError extends UserError {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'ContentError';
  }
}

/** A file-system error in plain words, never a raw code like ENOENT: "no such file or folder". */
export function describeSystemError(err: unknown): string {
  const e = err as NodeJS.ErrnoException | undefined;
  const known = e?.code ? words.systemErrors[e.code] : undefined;
  if (known) return known;
  // Node's message is "CODE: description, syscall 'path'": keep only the description.
  const message = String(e?.message ?? err);
  return message.replace(/^E[A-Z]+: /, '').replace(/, [a-z]+ '.*'$/, '');
}

/** True for an error from the operating system (it carries an errno code such as ENOENT). */
export function isSystemError(err: unknown): err is NodeJS.ErrnoException {
  return (
    err instanceof Error &&
    typeof (err as NodeJS.ErrnoException).code === 'string' &&
    typeof (err as NodeJS.ErrnoException).syscall === 'string'
  );
}
