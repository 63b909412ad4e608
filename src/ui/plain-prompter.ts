// Line mode for scripts, screen readers and dumb terminals: options are numbered, one answer per line.
// Reads stdin itself (Inquirer drops piped answers); every piped line is used, and EOF ends the session.
import { createInterface } from 'node:readline';
import { Transform } from 'node:stream';
// Piped answers are echoed cleaned: an escape sequence in a piped line never reaches the terminal.
import { sanitizeLine } from '../content/sanitize.js';
import { ExitCode, Interrupted } from '../errors.js';
import { words } from '../words.js';
import type { Choice, Prompter } from './prompter.js';
import { wrapText } from './theme.js';

/** No answer is longer than this; an endless line (`yes | tr -d '\\n' | nm-tutor quiz`) is cut, not buffered until the heap gives out. */
export const MAX_LINE_CHARS = 64 * 1024;

/** Breaks any line longer than MAX_LINE_CHARS, so readline never builds a string past V8's limit. */
export function boundedLines(): Transform {
  let run = 0;
  return new Transform({
    transform(chunk: Buffer | string, _enc, done) {
      const text = chunk.toString();
      let out = '';
      for (const part of text.split(/(\n)/)) {
        if (part === '\n') {
          out += part;
          run = 0;
          continue;
        }
        let rest = part;
        while (run + rest.length > MAX_LINE_CHARS) {
          const take = MAX_LINE_CHARS - run;
          out += `${rest.slice(0, take)}\n`;
          rest = rest.slice(take);
          run = 0;
        }
        out += rest;
        run += rest.length;
      }
      done(null, out);
    },
  });
}

export function createPlainPrompter(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, width = 80): Prompter {
  const lines: string[] = [];
  const waiting: { resolve: (line: string) => void; reject: (e: Error) => void }[] = [];
  let ended = false;
  const rl = createInterface({
    input: (input as NodeJS.ReadStream).isTTY ? input : input.pipe(boundedLines()),
    terminal: false,
    crlfDelay: Infinity,
  });
  // A terminal echoes what the learner types; piped answers are echoed so a transcript reads as a dialogue.
  const echo = !(input as NodeJS.ReadStream).isTTY;
  rl.on('line', (line) => {
    const w = waiting.shift();
    if (w) {
      if (echo) output.write(`${sanitizeLine(line)}\n`);
      w.resolve(line);
    } else lines.push(line);
  });
  rl.on('close', () => {
    ended = true;
    for (const w of waiting.splice(0)) w.reject(new Interrupted(ExitCode.interrupted, words.prompt.endOfInput));
  });
  const say = (text: string) => output.write(`${wrapText(text, width)}\n`);
  const readLine = (prompt: string): Promise<string> => {
    output.write(prompt);
    const queued = lines.shift();
    if (queued !== undefined) {
      if (echo) output.write(`${sanitizeLine(queued)}\n`);
      return Promise.resolve(queued);
    }
    if (ended) return Promise.reject(new Interrupted(ExitCode.interrupted, words.prompt.endOfInput));
    return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
  };
  const pick = <T>(choices: readonly Choice<T>[], token: string): Choice<T> | undefined => {
    const n = Number(token);
    if (Number.isInteger(n) && n >= 1 && n <= choices.length) return choices[n - 1];
    const lower = token.toLowerCase();
    if (lower === 'q' || lower === 'esc') return choices.find((c) => c.escape);
    return choices.find((c) => c.name.toLowerCase() === lower);
  };
  const listChoices = <T>(choices: readonly Choice<T>[]) =>
    choices.forEach((c, i) => {
      const label = `  ${i + 1}) `;
      output.write(`${label}${wrapText(c.name, width, ' '.repeat(label.length)).slice(label.length)}\n`);
    });

  return {
    async choose(message, choices) {
      say(message);
      listChoices(choices);
      for (;;) {
        const line = (await readLine(words.prompt.answerOne(choices.length))).trim();
        const choice = pick(choices, line);
        if (choice) return choice.value;
        say(words.prompt.typeANumber(choices.length));
      }
    },
    async chooseMany(message, choices) {
      say(message);
      listChoices(choices);
      for (;;) {
        const line = (await readLine(words.prompt.answerMany)).trim();
        if (line === '') return [];
        const picked = line
          .split(/[,\s]+/)
          .filter(Boolean)
          .map((t) => pick(choices, t));
        if (picked.every((c) => c !== undefined)) return [...new Set(picked.map((c) => c!.value))];
        say(words.prompt.typeNumbers(choices.length));
      }
    },
    async text(message) {
      return (await readLine(`${message} `)).trim();
    },
    async longText(message) {
      say(message);
      const lines: string[] = [];
      for (;;) {
        const line = (await readLine(lines.length ? '  ' : '> ')).trim();
        if (line === '') return lines.join('\n');
        lines.push(line);
      }
    },
    async confirm(message, defaultValue) {
      for (;;) {
        const line = (await readLine(`${message} ${words.prompt.yesNoKeys(defaultValue)} `)).trim().toLowerCase();
        if (line === '') return defaultValue;
        if (words.prompt.yes.includes(line)) return true;
        if (words.prompt.no.includes(line)) return false;
        say(words.prompt.answerYesNo);
      }
    },
    close() {
      rl.close();
    },
  };
}
