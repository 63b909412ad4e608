// Expected failures are values with a user-facing message and an exit code; only cli.ts prints them.
export const ExitCode = { ok: 0, error: 1, usage: 2, sighup: 129, interrupted: 130, sigterm: 143 } as const;

export class UserError extends Error {
  constructor(message: string, readonly exitCode: number = ExitCode.error) {
    super(message);
    this.name = 'UserError';
  }
}

/** The learner stopped (Ctrl-C, a signal, or the end of piped input). Progress is already saved. */
export class Interrupted extends Error {
  constructor(readonly exitCode: number = ExitCode.interrupted, readonly reason = 'interrupted') {
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
