// A real terminal for end-to-end tests: tmux runs the built binary; we type keys and read the screen.
import { execFileSync } from 'node:child_process';
import { binPath, testCacheDir } from '../support/run-cli.js';

let counter = 0;

export class Terminal {
  private readonly socket = `nmt-${process.pid}-${++counter}`;
  private readonly session = 'tutor';

  constructor(args: string[], env: Record<string, string>, size = { width: 100, height: 40 }) {
    const envs = Object.entries({ NM_TUTOR_CACHE_DIR: testCacheDir, ...env })
      .map(([k, v]) => `${k}=${shellQuote(v)}`)
      .join(' ');
    // Keeps the pane open after exit so the exit code can be read.
    const command = `env ${envs} ${shellQuote(process.execPath)} ${shellQuote(binPath)} ${args.map(shellQuote).join(' ')}; echo EXIT=$?; sleep 60`;
    this.tmux('new-session', '-d', '-s', this.session, '-x', String(size.width), '-y', String(size.height), command);
  }

  private tmux(...args: string[]): string {
    // stderr is piped so a failing call reports through its exception, not as noise in the test log.
    return execFileSync('tmux', ['-L', this.socket, '-f', '/dev/null', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  }

  screen(): string {
    return this.tmux('capture-pane', '-p', '-J', '-S', '-200', '-t', this.session);
  }

  /** Only what the terminal shows now, without the lines scrolled above it. */
  visible(): string {
    return this.tmux('capture-pane', '-p', '-t', this.session);
  }

  /** The screen with its colour escapes, and without joining wrapped lines. */
  rawScreen(): string {
    return this.tmux('capture-pane', '-p', '-e', '-S', '-200', '-t', this.session);
  }

  keys(...keys: string[]): void {
    this.tmux('send-keys', '-t', this.session, ...keys);
  }

  type(text: string): void {
    this.tmux('send-keys', '-t', this.session, '-l', text);
  }

  pid(): number {
    const shellPid = Number(this.tmux('display-message', '-p', '-t', this.session, '#{pane_pid}').trim());
    const child = execFileSync('pgrep', ['-P', String(shellPid), '-f', 'nm-tutor'], { encoding: 'utf8' })
      .trim()
      .split('\n')[0];
    return Number(child);
  }

  async waitFor(pattern: string | RegExp | ((screen: string) => boolean), timeoutMs = 8000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    const matches =
      typeof pattern === 'string'
        ? (s: string) => s.includes(pattern)
        : pattern instanceof RegExp
          ? (s: string) => pattern.test(s)
          : pattern;
    for (;;) {
      const screen = this.screen();
      if (matches(screen)) return screen;
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${String(pattern)}. Screen:\n${screen}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  close(): void {
    try {
      this.tmux('kill-server');
    } catch {
      /* already gone */
    }
  }
}

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
