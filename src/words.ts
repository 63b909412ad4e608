// User-facing words of the question kinds, the session and feedback, in one catalogue. A second language
// is a second object of the same type. The engine returns data (grade notes, hints); these turn it into text.
import type { NextStep } from './engine/progress-report.js';
import type { GradeNote, Hint } from './kinds/kind.js';

const plural = new Intl.PluralRules('en');
/** "1 question", "2 questions": Intl.PluralRules, not a hand-rolled test. */
export function count(n: number, one: string, other = `${one}s`): string {
  return `${n} ${plural.select(n) === 'one' ? one : other}`;
}

/** What a typed prompt offers: a hint while hints are left, then the answer; always "I don't know". */
function typedKeys(hintsLeft: number): string {
  return hintsLeft > 0 ? "(? for a hint, ! if you don't know)" : "(? shows the answer, ! if you don't know)";
}

export const words = {
  ask: {
    single: 'Your answer:',
    multi: 'Select all that apply:',
    trueFalse: 'True or false?',
    true: 'True',
    false: 'False',
    recall: (hintsLeft: number) => `Your answer ${typedKeys(hintsLeft)}:`,
    list: (n: number, hintsLeft: number) => `Type ${n} items, separated by commas ${typedKeys(hintsLeft)}:`,
    gap: (i: number, of: number, hintsLeft: number) => `${of > 1 ? `Gap ${i + 1}` : 'Fill the gap'} ${typedKeys(hintsLeft)}:`,
    explain: (hintsLeft: number) => `In a few sentences; an empty line ends your answer ${typedKeys(hintsLeft)}:`,
    selfScore: 'Did your answer make any of these points in other words? Tick them (they count half), or none:',
    dontKnowChoice: "I don't know",
    nudgeType: "Type an answer: ? for a hint, ! if you don't know.",
    nudgeChoose: 'Tick at least one choice, or "I don\'t know".',
    orderFirst: 'Which comes first?',
    orderNext: 'Which comes next?',
    matchLeft: (left: string) => `${left} goes with:`,
    classifyItem: (text: string) => `"${text}"`,
  },
  card: {
    example: 'Example',
    keyPoints: 'Key points',
    chooseOne: 'choose one',
    chooseAll: 'choose all that apply',
    chooseAllIn: (prompt: string) => (/choose all that apply|select all that apply/i.test(prompt) ? '' : 'choose all that apply: '),
    trueFalse: (prompt: string) => `True or false: ${prompt}`,
  },
  hint(h: Hint): string {
    if (h.kind === 'initials') return `They start with: ${h.initials.map((i) => `${i}…`).join(', ')}`;
    if (h.kind === 'idea-count') return `A full answer makes ${count(h.count, 'point')}.`;
    if (h.kind === 'idea-labels') return `Cover these: ${h.labels.join('; ')}.`;
    return h.length === undefined ? `It starts with "${h.shown}".` : `It starts with "${h.shown}" and has ${h.length} characters.`;
  },
  note(n: GradeNote): string {
    switch (n.kind) {
      case 'missed':
        return `Missed: ${n.items.join('; ')}`;
      case 'not-right':
        return `Not right: ${n.items.join('; ')}`;
      case 'typo':
        return `Accepted with a small typo: "${n.given}" read as "${n.matched}".`;
      case 'missing':
        return `Missing: ${n.items.join(', ')}`;
      case 'gap-typo':
        return `Gap ${n.gap}: accepted with a small typo, read as "${n.matched}".`;
      case 'gap-wrong':
        return `Gap ${n.gap}: "${n.answer}"`;
      case 'placed':
        return `${n.right} of ${n.total} in the right place.`;
      case 'pair':
        return `${n.left} goes with ${n.right}`;
      case 'belongs':
        return `"${n.item}" belongs to ${n.category}`;
      case 'why':
        return `Why not "${n.choice}": ${n.note}`;
      case 'shown':
        return 'Here is the answer. It counts as not known yet, so it will come back soon.';
      case 'extra':
        return `Not right here: ${n.items.join(', ')}`;
      case 'contradiction':
        return `${n.gap ? `Gap ${n.gap}: ` : ''}"${n.given}" also names ${n.sibling}, a different concept, so the answer does not stand.`;
      case 'idea':
        return `${n.covered ? '✔' : '✘'} ${n.label}${n.covered && n.words.length ? ` ("${n.words.join(' … ')}")` : ''}${n.selfScored ? ' (ticked by you)' : ''}`;
      case 'misconception':
        return `Careful: ${n.label}. ${n.correction}`;
      case 'flag':
        return n.flag === 'keyword-list'
          ? 'This reads as a list of key words: say how they connect, in sentences, for full credit.'
          : n.flag === 'copy'
            ? 'Most of this repeats the question: say it in your own words for full credit.'
            : 'There was nothing to grade.';
      case 'model':
        return `A model answer: ${n.text}`;
    }
  },
  selfScored: (score: number) => `Recorded with the points you ticked: ${Math.round(score * 100)}%.`,
  learn: {
    whichLesson: 'Which lesson?',
    menuEntry: (title: string, done: number, of: number) => `${title} (${done}/${of} sections)`,
    whichSection: 'Which section?',
    unknownSection: (wanted: string, lesson: string, ids: readonly string[]) =>
      `Lesson '${lesson}' has no section '${wanted}'. Its sections: ${ids.join(', ')}.`,
    finishedBefore: (title: string) => `You have finished "${title}". What now?`,
    startOver: 'Start from the beginning',
    resume: 'Resume there',
    pickSection: 'Open one section',
    quizInstead: (command: string) => `Test yourself instead (${command})`,
    runQuiz: (command: string) => `Run \`${command}\` to test yourself on this lesson.`,
    reached: (n: number, of: number, title: string) => `You reached section ${n} of ${of}, "${title}".`,
    readOn: 'Read on?',
    readOnChoice: 'Read on',
    skipToCheck: 'Skip the rest of this section and go to its check question',
    stopHere: 'Stop here (the lesson resumes at this section)',
    readyForCheck: 'Ready for the check question? The text will be cleared, so answer from memory.',
    checkHeading: 'Check yourself (from memory):',
    continueNext: 'Continue to the next section?',
    stoppedIn: (title: string, command: string) => `Stopped in "${title}". Run \`${command}\` to pick up there.`,
    stoppedAfter: (title: string, command: string) => `Stopped after "${title}". Run \`${command}\` to pick up from the next section.`,
    finished: (title: string, command: string) => `You finished "${title}". Test yourself with \`${command}\`.`,
  },
  grade: {
    unknownQuestion: (id: string) =>
      `Unknown question '${id}'. Question ids are in the content files (e.g. functions-001), or run \`nm-tutor export --format csv\`.`,
    notTyped: (id: string, kind: string) => `'${id}' is a ${kind} question; grade takes typed answers (recall, list, cloze, explain).`,
    summary: (id: string, score: number, correct: boolean) =>
      `${id}: score ${score} (${Math.round(score * 100)}%), ${correct ? 'correct' : 'not correct'}`,
  },
  next: {
    /** The command for a next step, without the program name. */
    args(step: NextStep): string {
      switch (step.action) {
        case 'review':
          return 'review';
        case 'learn':
          return `learn ${step.topic}`;
        case 'quiz':
          return `quiz --topic ${step.topic}`;
        case 'topics':
          return 'topics';
      }
    },
    reason(step: NextStep): string {
      switch (step.action) {
        case 'review':
          return `${count(step.due, 'question is', 'questions are')} due for review`;
        case 'learn':
          return step.read === 0
            ? 'the next lesson in the course, not started yet'
            : `you have read ${step.read} of ${step.sections} sections`;
        case 'quiz':
          return `it is your weakest topic (${Math.round(step.mastery * 100)}% mastery)`;
        case 'topics':
          return 'there is no content yet';
      }
    },
  },
  study: {
    because: (reason: string, command: string) => `Next: ${command} (${reason}).`,
  },
  quiz: {
    noQuestions: 'There are no questions for that topic yet.',
    nothingStudied: (learn: string) => `You have not finished a section yet, so --studied has nothing to ask. Start with \`${learn}\`.`,
  },
  session: {
    nextPrompt: 'Next?',
    next: { continue: 'Continue', undo: 'Undo: I mis-keyed, let me answer again', stop: 'Stop here and see my score' },
    takenBack: 'Answer taken back. Try again:',
  },
  summary: {
    none: 'No questions answered.',
    score: (score: string, of: number, pct: number) => `Score: ${score} / ${of} (${pct}%)`,
    stoppedEarly: (n: number) => `You stopped after ${count(n, 'question')}; the score covers those.`,
    toReview: 'To review:',
    nothingToReview: 'Nothing to review. Well done!',
  },
  verdict: {
    right: (unicode: boolean) => (unicode ? '✔ Right.' : 'Right.'),
    partly: (score: number) => `Partly right (${Math.round(score * 100)}%).`,
    wrong: (unicode: boolean) => (unicode ? '✘ Not quite.' : 'Not quite.'),
    answer: 'Answer:',
    revisit: (command: string, section: string) => `Revisit: ${command} ("${section}")`,
    sources: (command: string) => `What the numbered sources are: ${command}`,
  },
  review: {
    nothingDueUntil: (when: string) => `Nothing is due for review. The next one is due ${when}.`,
    nothingYet: (quiz: string) => `Nothing is due for review. Answer some quiz questions first: \`${quiz}\`.`,
    practiseWeakest: (n: number) => `Practise your ${n === 1 ? 'weakest question' : `${n} weakest questions`} now?`,
    due: (due: number, reviewing: number) =>
      `${count(due, 'question is', 'questions are')} due; reviewing ${reviewing}, most overdue first.`,
  },
  readMore: (command: string) => `Read more: ${command}`,
  compare: {
    same: (a: string, b: string) => `'${a}' and '${b}' are the same concept; name two different ones.`,
  },
  define: {
    nameATerm: (example: string, list: string) => `Name a term, e.g. \`${example}\`, or list them with \`${list}\`.`,
    read: (command: string, section: string) => `Read: ${command} (section "${section}")`,
  },
  topics: { lessons: 'Lessons', concepts: 'Concepts' },
  progress: {
    readAgain: (command: string, section: string) => `Weakest section: "${section}". Read it again: ${command}`,
  },
};
