// Content packs are untrusted: no text from them may drive the terminal (retitle, clear, hide text).
// Strips ANSI CSI/OSC/other escape sequences, C0/C1 control characters (except newline and tab) and bidi overrides.
const ESCAPES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[PX^_][^\u001b]*(?:\u001b\\)?|\u001b[@-Z\\-_]?|\u009b[0-?]*[ -/]*[@-~]|\u009d[^\u0007\u009c]*[\u0007\u009c]?/g;
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

// Every escape sequence starts with a character in CONTROLS, so clean text (nearly all of it) is returned as is.
const ANY_CONTROL = new RegExp(CONTROLS.source);

export function sanitizeText(text: string): string {
  if (!ANY_CONTROL.test(text)) return text;
  return text.replace(ESCAPES, '').replace(CONTROLS, '');
}
