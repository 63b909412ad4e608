// Shell completion as a learner uses it: the script is sourced into a real bash, zsh or fish, and Tab is
// pressed (the completion function is called with the words typed). A hostile pack must not reach the shell.
import { afterEach, describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { binPath, miniPack, tempHome, testCacheDir } from '../support/run-cli.js';
import { runInProcess } from '../support/run-in-process.js';

/** `nm-tutor` on the PATH, as after an install: the scripts call it for the ids of a --content pack. */
const shimDir = tempHome();
writeFileSync(path.join(shimDir, 'nm-tutor'), `#!/bin/sh\nexec '${process.execPath}' '${binPath}' "$@"\n`);
chmodSync(path.join(shimDir, 'nm-tutor'), 0o755);
const shellEnv = {
  PATH: `${shimDir}:${process.env.PATH ?? ''}`,
  HOME: tempHome(),
  NM_TUTOR_HOME: tempHome(),
  NM_TUTOR_CACHE_DIR: testCacheDir,
};

const has = (shell: string) => spawnSync('sh', ['-c', `command -v ${shell}`]).status === 0;
const shellTest = (shell: string) => (has(shell) ? test : test.skip);
if (!has('zsh') || !has('fish'))
  console.warn('completion tests: zsh or fish is not installed here; their cases are skipped (apt-get install zsh fish)');

/** A copy of the mini pack whose concept aliases are shell code, plus a harmless alias with a space. */
const hostileDir = tempHome();
cpSync(miniPack, hostileDir, { recursive: true });
const conceptsFile = path.join(hostileDir, 'lessons/concepts.yaml');
writeFileSync(
  conceptsFile,
  readFileSync(conceptsFile, 'utf8').replace('aliases: [color]', 'aliases: [color, "$(touch x)", "`touch y`", "a\'b;touch z", "Four Ps"]'),
);
/** The hostile pack, and a fresh folder to run the shell in (where a planted command would leave its files). */
const hostilePack = () => ({ dir: hostileDir, work: tempHome() });

/** Each script is made once (in-process, through the same command table) and written to its own file. */
const scripts = new Map<string, string>();
async function script(shell: string, pack: string | undefined): Promise<string> {
  const key = `${shell} ${pack ?? ''}`;
  const known = scripts.get(key);
  if (known) return known;
  const res = await runInProcess([...(pack ? ['--content', pack] : []), 'completion', shell]);
  expect(res.status).toBe(0);
  const file = path.join(tempHome(), `c.${shell}`);
  writeFileSync(file, res.stdout);
  scripts.set(key, file);
  return file;
}

/** Words as typed so far (the last one is being completed); returns the candidates. */
const complete = {
  bash(file: string, cwd: string, words: string[]): string[] {
    const arr = words.map((w) => `'${w}'`).join(' ');
    const out = execFileSync(
      'bash',
      ['-c', `source ${file}; COMP_WORDS=(${arr}); COMP_CWORD=$(( \${#COMP_WORDS[@]} - 1 )); _nm_tutor; printf '%s\\n' "\${COMPREPLY[@]}"`],
      { cwd, encoding: 'utf8', env: shellEnv },
    );
    return out.split('\n').filter(Boolean);
  },
  zsh(file: string, cwd: string, words: string[]): string[] {
    // compadd and _files exist only inside a completion widget: stand-ins print what they are given.
    const stubs =
      'compdef() {}; compadd() { if [[ $1 == -a ]]; then print -rl -- ${(P)2}; return; fi; [[ $1 == -- ]] && shift; print -rl -- "$@" }; _files() { print -r -- "<files$*>" }';
    const arr = words.map((w) => `'${w}'`).join(' ');
    const out = execFileSync('zsh', ['-fc', `${stubs}; source ${file}; words=(${arr}); CURRENT=\${#words}; _nm_tutor`], {
      cwd,
      encoding: 'utf8',
      env: shellEnv,
    });
    return out.split('\n').filter(Boolean);
  },
  fish(file: string, cwd: string, words: string[]): string[] {
    const line = words.join(' ');
    const out = execFileSync('fish', ['--no-config', '-c', `source ${file}; complete -C'${line}'`], {
      cwd,
      encoding: 'utf8',
      env: shellEnv,
    });
    return out
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split('\t')[0]!);
  },
};

describe.each(['bash', 'zsh', 'fish'] as const)('%s completion', (shell) => {
  shellTest(shell)('a pack alias that is shell code never runs and is never offered', async () => {
    const { dir, work } = hostilePack();
    expect((await runInProcess(['validate', dir])).status).toBe(0); // validate accepts the pack: the script must defend itself
    const file = await script(shell, dir);
    const text = readFileSync(file, 'utf8');
    for (const bad of ['touch', '$(', '`']) expect(text).not.toContain(bad);
    const offered = complete[shell](file, work, ['nm-tutor', 'compare', '']);
    expect(offered).toEqual(expect.arrayContaining(['colour', 'color', 'four-ps', 'number']));
    complete[shell](file, work, ['nm-tutor', 'compare', 'c']);
    for (const f of ['x', 'y', 'z', 'b']) expect(existsSync(path.join(work, f))).toBe(false);
  });

  shellTest(shell)('subcommands, option values, glossary terms and the ids of the pack in use', async () => {
    const work = tempHome();
    const file = await script(shell, miniPack);
    const c = (...words: string[]) => complete[shell](file, work, ['nm-tutor', ...words]);
    expect(c('progress', '')).toEqual(expect.arrayContaining(['export', 'import']));
    expect(c('new', '')).toEqual(expect.arrayContaining(['lesson', 'quiz']));
    expect(c('flashcards', '--format', '')).toEqual(['anki', 'csv', 'json']);
    expect(c('export', '--format', '')).toEqual(['anki', 'csv', 'json']);
    expect(c('')).toContain('flashcards');
    expect(c('quiz', '--lesson', '')).toEqual(['mini']);
    expect(c('quiz', '-l', '')).toEqual(['mini']);
    // `export` after `progress` is progress's own subcommand, not the flashcards verb.
    expect(c('progress', 'export', '--')).not.toEqual(expect.arrayContaining(['--out']));
    expect(c('define', '')).toEqual(expect.arrayContaining(['hue', 'tint']));
    expect(c('learn', '')).toContain('mini');
    // The shipped pack's ids are not offered when another pack is in use.
    expect(c('learn', '')).not.toContain('functions');
  });

  shellTest(shell)('with --content DIR on the line, the ids of that pack, through the same filter', async () => {
    const { dir, work } = hostilePack();
    const file = await script(shell, undefined); // made for the shipped pack
    const c = (...words: string[]) => complete[shell](file, work, ['nm-tutor', ...words]);
    expect(c('learn', '')).toContain('functions');
    expect(c('--content', miniPack, 'learn', '')).toEqual(['mini']);
    expect(c('--content', miniPack, 'quiz', '--lesson', '')).toEqual(['mini']);
    expect(c('--content', miniPack, 'define', '')).toEqual(expect.arrayContaining(['hue', 'tint']));
    const hostile = c('--content', dir, 'compare', '');
    expect(hostile).toEqual(expect.arrayContaining(['colour', 'four-ps']));
    expect(hostile.join(' ')).not.toMatch(/touch|\$|`/);
    for (const f of ['x', 'y', 'z', 'b']) expect(existsSync(path.join(work, f))).toBe(false);
  });

  shellTest(shell)('files for progress import, folders for validate', async () => {
    const work = tempHome();
    const file = await script(shell, miniPack);
    writeFileSync(path.join(work, 'mine.json'), '{}');
    cpSync(miniPack, path.join(work, 'my-pack'), { recursive: true });
    const c = (...words: string[]) => complete[shell](file, work, ['nm-tutor', ...words]);
    if (shell === 'zsh') {
      expect(c('progress', 'import', '')).toEqual(['<files>']);
      expect(c('validate', '')).toEqual(['<files-/>']);
      return;
    }
    expect(c('progress', 'import', 'mi')).toEqual(['mine.json']);
    expect(c('validate', 'm').map((f) => f.replace(/\/$/, ''))).toEqual(['my-pack']);
  });
});

test('an unknown shell is a usage error', async () => {
  const res = await runInProcess(['completion', 'powershell']);
  expect(res.status).toBe(2);
  expect(res.stderr).toContain("Unknown shell 'powershell'. Use bash, zsh or fish.");
});

describe('Tab in an interactive shell (tmux)', () => {
  const sessions: string[] = [];
  afterEach(() => {
    for (const s of sessions.splice(0)) spawnSync('tmux', ['-L', s, 'kill-server']);
  });

  /** Types into a fresh interactive shell and presses Tab until the screen shows what `listed` expects. */
  async function tab(
    shell: 'bash' | 'zsh',
    setup: string,
    line: string,
    work: string,
    listed: (screen: string) => boolean,
  ): Promise<string> {
    const socket = `nmt-comp-${process.pid}-${sessions.length}`;
    sessions.push(socket);
    const start = shell === 'bash' ? 'bash --norc --noprofile' : 'zsh -f';
    const env = Object.entries(shellEnv)
      .map(([k, v]) => `${k}='${v}'`)
      .join(' ');
    spawnSync('tmux', [
      '-L',
      socket,
      '-f',
      '/dev/null',
      'new-session',
      '-d',
      '-x',
      '120',
      '-y',
      '30',
      '-c',
      work,
      `env ${env} PS1='$ ' ${start}`,
    ]);
    const send = (...keys: string[]) => spawnSync('tmux', ['-L', socket, 'send-keys', ...keys]);
    const screen = () => spawnSync('tmux', ['-L', socket, 'capture-pane', '-p'], { encoding: 'utf8' }).stdout;
    // Polls the screen instead of sleeping a fixed time: as fast as the shell is, and patient when it is slow.
    const waitFor = async (done: (s: string) => boolean, timeoutMs = 8000): Promise<string> => {
      const deadline = Date.now() + timeoutMs;
      for (let s = screen(); ; s = screen()) {
        if (done(s) || Date.now() > deadline) return s;
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    const prompts = (s: string) => s.split('\n').filter((l) => /^\$( |$)/.test(l)).length; // tmux trims the prompt's trailing space
    await waitFor((s) => prompts(s) >= 1);
    send('-l', setup);
    send('Enter');
    await waitFor((s) => prompts(s) >= 2);
    send('-l', line);
    const typed = await waitFor((s) => s.includes(line));
    // Twice, as a learner does: the first completes the common start (or lists at once), the second lists.
    // The first Tab runs the completion function (which starts nm-tutor for the pack's ids): wait until the
    // screen has changed and then stayed the same for 300 ms, so a second Tab never lands mid-completion.
    send('Tab');
    let last = typed;
    let since = Date.now();
    const once = await waitFor((s) => {
      if (listed(s)) return true;
      if (s !== last) [last, since] = [s, Date.now()];
      return s !== typed && Date.now() - since > 300;
    }, 15000);
    if (listed(once)) return once;
    // Then list: a second Tab in bash; in zsh a second Tab may start menu completion (inserting one match
    // instead of listing), so Ctrl-D (delete-char-or-list), which only lists.
    send(shell === 'zsh' ? 'C-d' : 'Tab');
    return waitFor(listed, 15000);
  }

  for (const shell of ['bash', 'zsh'] as const)
    (has(shell) && has('tmux') ? test : test.skip)(
      `${shell}: Tab on a hostile pack lists its ids and runs nothing`,
      async () => {
        const { dir, work } = hostilePack();
        const file = await script(shell, dir);
        const setup =
          shell === 'bash'
            ? `bind 'set show-all-if-ambiguous on'; source ${file}`
            : `autoload -U compinit && compinit -u && source ${file}`;
        const screen = await tab(shell, setup, 'nm-tutor compare c', work, (s) => /colour/.test(s) && /\bcolor\b/.test(s));
        expect(screen).toMatch(/colour/);
        expect(screen).toMatch(/color/);
        for (const f of ['x', 'y', 'z', 'b']) expect(existsSync(path.join(work, f))).toBe(false);
      },
      60000,
    );
});
