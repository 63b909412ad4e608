// Item-quality lint for question banks: cues that let a reader who never studied pick the right answer.
// Pure: typed Content in, warnings out. Every rule is near-linear in the size of the bank (indexes, never
// all pairs), so a 16 MiB pack lints in seconds. Rules and their exact definitions:
//   long-answer     single: the right choice is the longest by far (>= 1.5x the longest wrong one and 12+
//                   characters longer); multi: the right choices average >= 1.5x the wrong ones' length.
//   absolute-word   a wrong choice (single, multi) or a true/false statement carries an absolute word (only,
//                   always, never, every, all, fully, limited to, entirely, none, ...), unless negated ("not only").
//   echo            a content word of the prompt appears in a right choice and in no wrong choice.
//   give-away       an answer phrase appears in the visible text (prompt, choices, items) of another question
//                   that can share a session with it: quiz questions all mix (`quiz` without --lesson, `review`);
//                   a lesson's check questions mix only with each other (`learn`). Answer phrases: right choices,
//                   typed answers, order items in their order, a match pair (both sides in one text), a classify
//                   item with its category. A right choice shown as a whole option of another choice question does
//                   not count (options are shared pools); a one-word phrase counts only as a whole option or item.
//   near-duplicate  token-set Jaccard of prompt + answer (content words) >= 0.8 with an earlier question.
import type { Content, Question } from './model.js';

export const LINT_RULES = ['long-answer', 'absolute-word', 'echo', 'give-away', 'near-duplicate'] as const;
export type LintRule = (typeof LINT_RULES)[number];

export interface LintWarning {
  readonly where: string;
  readonly question: string;
  readonly rule: LintRule;
  readonly message: string;
}

export interface LintAllow {
  readonly question: string;
  readonly rule: string;
  readonly why: string;
  readonly where: string;
}

export const NEAR_DUPLICATE_THRESHOLD = 0.8;
/** Candidates compared per question for near-duplicates: a bound that keeps a pathological pack linear. */
const MAX_CANDIDATES = 48;
/** Givers remembered per question for a give-away warning (three are named). */
const MAX_GIVERS_KEPT = 20;

const STOPWORDS = new Set(
  (
    'a an the and or but nor of to in on at by for from with as is are was were be been being it its this that these ' +
    'those which what who whom whose how why when where than then so such not no do does did has have had can could may might will ' +
    'would shall should must into onto about over under between through during before after up down out off if there their they them ' +
    'we our you your he she his her i me my one two three four also each other another more most some any very just'
  ).split(' '),
);

const ABSOLUTES: readonly string[] = [
  'only',
  'always',
  'never',
  'every',
  'everything',
  'everyone',
  'all',
  'fully',
  'entirely',
  'completely',
  'totally',
  'solely',
  'exclusively',
  'purely',
  'none',
  'nothing',
  'no one',
  'limited to',
  'nothing but',
  'impossible',
  'guarantees',
  'guaranteed',
];
const NEGATIONS = new Set(['not', 'no', 'nor', 'without']);

/** Lower-case word tokens; punctuation and apostrophes split or vanish ("firm's" -> "firm", "s"). */
export function tokens(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[’']/g, ' ')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** Content words, lightly stemmed (plural -s), for echo and near-duplicate comparison. */
export function contentWords(text: string): string[] {
  return tokens(text)
    .filter((t) => !STOPWORDS.has(t) && t.length > 1)
    .map(stem);
}

function stem(t: string): string {
  if (t.length > 4 && t.endsWith('ies')) return `${t.slice(0, -3)}y`;
  if (t.length > 3 && t.endsWith('s') && !t.endsWith('ss') && !t.endsWith('us') && !t.endsWith('is')) return t.slice(0, -1);
  return t;
}

const ABSOLUTE_PARTS = ABSOLUTES.map((a) => a.split(' '));

/** The first absolute word in the text that is not negated just before ("not only", "is not limited to"). */
export function absoluteWord(text: string): string | null {
  const words = tokens(text.replace(/n['’]t\b/gi, ' not'));
  for (let i = 0; i < words.length; i++) {
    for (let a = 0; a < ABSOLUTE_PARTS.length; a++) {
      const parts = ABSOLUTE_PARTS[a]!;
      if (words[i] !== parts[0] || parts.some((p, k) => words[i + k] !== p)) continue;
      if (NEGATIONS.has(words[i - 1] ?? '') || NEGATIONS.has(words[i - 2] ?? '')) continue;
      if (parts[0] === 'all' && (words[i - 1] === 'at' || words[i + 1] === 'but')) continue; // idioms: "at all", "all but"
      return ABSOLUTES[a]!;
    }
  }
  return null;
}

function rightAndWrong(q: Question): { right: readonly string[]; wrong: readonly string[] } | null {
  if (q.kind === 'single') return { right: [q.answer], wrong: q.choices.filter((c) => c !== q.answer) };
  if (q.kind === 'multi') return { right: q.answer, wrong: q.choices.filter((c) => !q.answer.includes(c)) };
  return null;
}

function longAnswer(q: Question): string | null {
  const rw = rightAndWrong(q);
  if (!rw || rw.wrong.length === 0) return null;
  const len = (s: string) => [...s].length;
  if (q.kind === 'single') {
    const right = len(q.answer);
    const longest = Math.max(...rw.wrong.map(len));
    if (right >= 1.5 * longest && right - longest >= 12)
      return `the right choice has ${right} characters, the longest wrong one ${longest}; make the wrong choices as full or the right one shorter`;
    return null;
  }
  const mean = (xs: readonly string[]) => xs.reduce((n, s) => n + len(s), 0) / xs.length;
  const r = mean(rw.right);
  const w = mean(rw.wrong);
  if (r >= 1.5 * w && r - w >= 12)
    return `the right choices average ${Math.round(r)} characters, the wrong ones ${Math.round(w)}; balance their length`;
  return null;
}

function absoluteCue(q: Question): string | null {
  if (q.kind === 'truefalse') {
    const word = absoluteWord(q.prompt);
    if (!word) return null;
    return q.answer
      ? `the true statement says "${word}", which test-wise readers take as the mark of a false one; say it without the absolute word`
      : `the false statement says "${word}", which gives it away; make it false for a reason that needs the course`;
  }
  const rw = rightAndWrong(q);
  if (!rw) return null;
  for (const choice of rw.wrong) {
    const word = absoluteWord(choice);
    if (word)
      return `the wrong choice "${clip(choice)}" says "${word}", which marks it as wrong; make it wrong for a reason that needs the course`;
  }
  return null;
}

function echo(q: Question): string | null {
  const rw = rightAndWrong(q);
  if (!rw || rw.wrong.length === 0) return null;
  const prompt = new Set(contentWords(q.prompt));
  const inWrong = new Set(rw.wrong.flatMap(contentWords));
  const echoed = [...new Set(rw.right.flatMap(contentWords))].filter((w) => prompt.has(w) && !inWrong.has(w));
  if (echoed.length === 0) return null;
  return `${echoed.map((w) => `"${w}"`).join(', ')} from the prompt ${echoed.length === 1 ? 'appears' : 'appear'} in the right choice and in no wrong one; use ${echoed.length === 1 ? 'it' : 'them'} in a wrong choice too, or reword the prompt`;
}

function clip(s: string, n = 40): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

// ---------------------------------------------------------------------------------------------------------
// give-away

/** The text a learner sees before answering, each piece separately. */
function visibleTexts(q: Question): { text: string; option: boolean }[] {
  const out: { text: string; option: boolean }[] = [{ text: q.prompt, option: false }];
  if (q.kind === 'single' || q.kind === 'multi') for (const c of q.choices) out.push({ text: c, option: true });
  else if (q.kind === 'order') for (const c of q.answer) out.push({ text: c, option: true });
  else if (q.kind === 'match') for (const p of q.pairs) out.push({ text: p.left, option: true }, { text: p.right, option: true });
  else if (q.kind === 'classify') {
    for (const c of q.categories) out.push({ text: c, option: true });
    for (const i of q.items) out.push({ text: i.text, option: true });
  }
  return out;
}

/** One answer of a question, made of one or more phrases that must all appear in one text (in order, for order). */
interface Answer {
  readonly q: number;
  readonly label: string;
  readonly parts: readonly string[][];
  readonly ordered: boolean;
  readonly choice: boolean;
}

function answersOf(q: Question, qi: number): Answer[] {
  const one = (label: string, choice = false): Answer => ({ q: qi, label, parts: [tokens(label)], ordered: false, choice });
  switch (q.kind) {
    case 'single':
      return [one(q.answer, true)];
    case 'multi':
      return q.answer.map((a) => one(a, true));
    case 'recall':
      return [one(q.answer.text)];
    case 'list':
    case 'cloze':
      return q.answer.map((a) => one(a.text));
    case 'order':
      return [{ q: qi, label: q.answer.join(' → '), parts: q.answer.map(tokens), ordered: true, choice: false }];
    case 'match':
      return q.pairs.map((p) => ({
        q: qi,
        label: `${p.left} ↔ ${p.right}`,
        parts: [tokens(p.left), tokens(p.right)],
        ordered: false,
        choice: false,
      }));
    case 'classify':
      return q.items.map((i) => ({
        q: qi,
        label: `${i.text} → ${i.category}`,
        parts: [tokens(i.text), tokens(i.category)],
        ordered: false,
        choice: false,
      }));
    // A statement to judge, or an explanation in the learner's own words: no short answer to give away.
    case 'truefalse':
    case 'explain':
      return [];
  }
}

/** Which sessions a question can be drawn into: all quiz questions share one pool, each lesson's checks another. */
function poolOf(q: Question): string {
  return q.id.endsWith('.check') ? `check:${q.lesson}` : 'quiz';
}

function giveAways(questions: readonly Question[]): Map<number, Map<number, string>> {
  const answers = questions.flatMap((q, i) => answersOf(q, i)).filter((a) => a.parts.every((p) => p.length > 0));
  // Index every phrase: by its first two tokens (a phrase found inside a text) and by its whole text (a text that is it).
  // First word -> second word -> phrases: no string is built per position of a text.
  const byBigram = new Map<string, Map<string, { a: number; p: number }[]>>();
  const byWhole = new Map<string, { a: number; p: number }[]>();
  // One-word parts of a compound answer (order items, match sides, categories) are also found inside texts.
  const byWord = new Map<string, { a: number; p: number }[]>();
  const push = (m: Map<string, { a: number; p: number }[]>, k: string, v: { a: number; p: number }) => {
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  };
  answers.forEach((ans, a) =>
    ans.parts.forEach((phrase, p) => {
      push(byWhole, phrase.join(' '), { a, p });
      if (phrase.length >= 2) {
        let second = byBigram.get(phrase[0]!);
        if (!second) byBigram.set(phrase[0]!, (second = new Map()));
        push(second, phrase[1]!, { a, p });
      } else if (ans.parts.length > 1) push(byWord, phrase[0]!, { a, p });
    }),
  );
  const found = new Map<number, Map<number, string>>();
  questions.forEach((giver, gi) => {
    const pool = poolOf(giver);
    // For each answer: the position where each part was found in one text (parts must share a text).
    for (const { text, option } of visibleTexts(giver)) {
      const toks = tokens(text);
      const hits = new Map<number, Map<number, number>>();
      const hit = (ref: { a: number; p: number }, pos: number, whole: boolean) => {
        const ans = answers[ref.a]!;
        if (ans.q === gi || poolOf(questions[ans.q]!) !== pool) return;
        // A right choice that is a whole option of another choice question: a shared option pool, not a cue.
        if (whole && option && ans.choice && ans.parts.length === 1 && (giver.kind === 'single' || giver.kind === 'multi')) return;
        let parts = hits.get(ref.a);
        if (!parts) hits.set(ref.a, (parts = new Map()));
        if (!parts.has(ref.p)) parts.set(ref.p, pos);
      };
      for (const ref of byWhole.get(toks.join(' ')) ?? []) hit(ref, 0, true);
      for (let i = 0; i < toks.length; i++) for (const ref of byWord.get(toks[i]!) ?? []) hit(ref, i, toks.length === 1);
      for (let i = 0; i + 1 < toks.length; i++) {
        const second = byBigram.get(toks[i]!);
        if (!second) continue;
        for (const ref of second.get(toks[i + 1]!) ?? []) {
          const phrase = answers[ref.a]!.parts[ref.p]!;
          if (i + phrase.length > toks.length) continue;
          let same = true;
          for (let k = 2; k < phrase.length && same; k++) same = toks[i + k] === phrase[k];
          if (same) hit(ref, i, phrase.length === toks.length);
        }
      }
      for (const [a, parts] of hits) {
        const ans = answers[a]!;
        if (parts.size < ans.parts.length) continue;
        if (ans.ordered && !ans.parts.every((_, p) => p === 0 || parts.get(p)! > parts.get(p - 1)!)) continue;
        let givers = found.get(ans.q);
        if (!givers) found.set(ans.q, (givers = new Map()));
        // A phrase shared by thousands of questions must not cost memory per pair: keep the first few givers.
        if (givers.size < MAX_GIVERS_KEPT && !givers.has(gi)) givers.set(gi, ans.label);
      }
    }
  });
  return found;
}

// ---------------------------------------------------------------------------------------------------------
// near-duplicate

function answerText(q: Question): string {
  switch (q.kind) {
    case 'single':
      return q.answer;
    case 'multi':
    case 'order':
      return q.answer.join(' ');
    case 'truefalse':
      return String(q.answer);
    case 'recall':
      return q.answer.text;
    case 'list':
    case 'cloze':
      return q.answer.map((a) => a.text).join(' ');
    case 'match':
      return q.pairs.map((p) => `${p.left} ${p.right}`).join(' ');
    case 'classify':
      return [...q.categories, ...q.items.map((i) => i.text)].join(' ');
    case 'explain':
      return q.model;
  }
}

/**
 * Near-duplicates by prefix filtering: with each token set sorted rarest first, two sets with Jaccard >= t
 * must share a token among the first |s| - ceil(t|s|) + 1 of each, so only questions sharing such a token
 * are compared. Each question is reported once, against the first earlier one that is close enough.
 */
function nearDuplicates(questions: readonly Question[]): Map<number, { other: number; jaccard: number }> {
  const words = questions.map((q) => [...new Set(contentWords(`${q.prompt} ${answerText(q)}`))]);
  const df = new Map<string, number>();
  for (const s of words) for (const t of s) df.set(t, (df.get(t) ?? 0) + 1);
  // Each word becomes its rank by rarity, so a set sorted ascending is rarest first and merges in one pass.
  const rank = new Map([...df].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).map(([w], i) => [w, i]));
  const sets = words.map((s) => Int32Array.from(s.map((w) => rank.get(w)!)).sort());
  const buckets = new Map<number, number[]>();
  const out = new Map<number, { other: number; jaccard: number }>();
  sets.forEach((set, i) => {
    if (set.length === 0) return;
    const prefix = set.length - Math.ceil(NEAR_DUPLICATE_THRESHOLD * set.length) + 1;
    const seen = new Set<number>();
    let compared = 0;
    search: for (let k = 0; k < prefix; k++) {
      for (const j of buckets.get(set[k]!) ?? []) {
        if (seen.has(j)) continue;
        seen.add(j);
        const other = sets[j]!;
        // Jaccard >= t needs the smaller set to be at least t times the larger.
        if (Math.min(set.length, other.length) < NEAR_DUPLICATE_THRESHOLD * Math.max(set.length, other.length)) continue;
        if (++compared > MAX_CANDIDATES) break search;
        let shared = 0;
        for (let x = 0, y = 0; x < set.length && y < other.length;) {
          if (set[x] === other[y]) {
            shared++;
            x++;
            y++;
          } else if (set[x]! < other[y]!) x++;
          else y++;
        }
        const jaccard = shared / (set.length + other.length - shared);
        if (jaccard >= NEAR_DUPLICATE_THRESHOLD) {
          out.set(i, { other: j, jaccard });
          break search;
        }
      }
    }
    for (let k = 0; k < prefix; k++) {
      const list = buckets.get(set[k]!);
      if (list) list.push(i);
      else buckets.set(set[k]!, [i]);
    }
  });
  return out;
}

// ---------------------------------------------------------------------------------------------------------

/** Every question the lint looks at: the quiz banks, then each lesson's check questions. */
export function lintedQuestions(content: Content): Question[] {
  return [...content.questions, ...content.lessons.flatMap((l) => l.sections.map((s) => s.check))];
}

/**
 * Lints the content. Returns the warnings left after the allow list, and problems with the allow list itself
 * (an entry naming an unknown question or rule) and entries that no longer match a warning.
 */
export function lintContent(
  content: Content,
  allow: readonly LintAllow[] = [],
): { warnings: LintWarning[]; problems: string[]; unusedAllows: string[] } {
  const questions = lintedQuestions(content);
  const warnings: LintWarning[] = [];
  const add = (q: Question, rule: LintRule, message: string | null) => {
    if (message) warnings.push({ where: q.where, question: q.id, rule, message });
  };
  const givenAway = giveAways(questions);
  const dups = nearDuplicates(questions);
  questions.forEach((q, i) => {
    add(q, 'long-answer', longAnswer(q));
    add(q, 'absolute-word', absoluteCue(q));
    add(q, 'echo', echo(q));
    const givers = givenAway.get(i);
    if (givers) {
      const list = [...givers];
      const more =
        list.length >= MAX_GIVERS_KEPT
          ? ` and ${MAX_GIVERS_KEPT - 3} or more others`
          : list.length > 3
            ? ` and ${list.length - 3} more`
            : '';
      const shown =
        list
          .slice(0, 3)
          .map(([g, label]) => `${questions[g]!.id} ("${clip(label)}")`)
          .join(', ') + more;
      add(q, 'give-away', `its answer is shown by ${shown}, which can come in the same session; reword one of them`);
    }
    const dup = dups.get(i);
    if (dup)
      add(
        q,
        'near-duplicate',
        `nearly the same as ${questions[dup.other]!.id} (${questions[dup.other]!.where}; ${Math.round(dup.jaccard * 100)}% of words shared); drop one or make them test different things`,
      );
  });
  const ids = new Set(questions.map((q) => q.id));
  const problems: string[] = [];
  const allowed = new Map<string, LintAllow>();
  for (const entry of allow) {
    if (!ids.has(entry.question)) problems.push(`${entry.where}: lint-allow names question "${entry.question}", which does not exist`);
    else if (!(LINT_RULES as readonly string[]).includes(entry.rule))
      problems.push(`${entry.where}: lint-allow names rule "${entry.rule}"; the rules are ${LINT_RULES.join(', ')}`);
    else allowed.set(`${entry.question}\u0000${entry.rule}`, entry);
  }
  const used = new Set<string>();
  const kept = warnings.filter((w) => {
    const key = `${w.question}\u0000${w.rule}`;
    if (!allowed.has(key)) return true;
    used.add(key);
    return false;
  });
  const unusedAllows = [...allowed]
    .filter(([key]) => !used.has(key))
    .map(([, e]) => `${e.where}: lint-allow entry for ${e.question} (${e.rule}) matches no warning; remove it`);
  return { warnings: kept, problems, unusedAllows };
}

export function formatWarning(w: LintWarning): string {
  return `${w.where}: warning [${w.rule}] ${w.question}: ${w.message}`;
}
