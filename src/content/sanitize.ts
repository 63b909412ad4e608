// Content packs are untrusted: no text from them may drive the terminal (retitle, clear, hide text).
// Strips ANSI CSI/OSC/other escape sequences, C0/C1 control characters (except newline and tab) and bidi overrides.
const ESCAPES =
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[PX^_][^\u001b]*(?:\u001b\\)?|\u001b[@-Z\\-_]?|\u009b[0-?]*[ -/]*[@-~]|\u009d[^\u0007\u009c]*[\u0007\u009c]?/g;
// Also the invisible characters a pack could use to make look-alike choices or hide text: zero-width spaces and
// joiners, the word joiner, the byte-order mark, the line and paragraph separators (which some terminals break on)
// and the Unicode tag characters (U+E0000 to U+E007F).
const CONTROLS =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060\u2066-\u2069\ufeff]|\udb40[\udc00-\udc7f]/g;

// Every escape sequence starts with a character in CONTROLS, so clean text (nearly all of it) is returned as is.
const ANY_CONTROL = new RegExp(CONTROLS.source);

/** For a message that names something from a pack (a file name, a YAML tag, the parser's error text): one clean line. */
export function sanitizeLine(text: string): string {
  return sanitizeText(text.replace(/[\r\n]+/g, ' '));
}

export function sanitizeText(text: string): string {
  if (!ANY_CONTROL.test(text)) return text;
  return text.replace(ESCAPES, '').replace(CONTROLS, '');
}
