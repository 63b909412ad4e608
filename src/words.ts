// Every learner-facing word of nm-tutor in one catalogue: the question kinds, the session and feedback, the
// commands and their --help, the store's warnings and the exit messages. A second language is a second object
// of type `Words`. The engine returns data (grade notes, hints); these turn it into text. Plurals go through
// `count` (Intl.PluralRules), never a hand-rolled test; a unit test (tests/unit/words-in-one-place.test.ts)
// fails on an English sentence left in commands, ui, progress, cli, program, context or errors.
import type { ConceptDimension } from './content/model.js';
import type { NextStep } from './engine/progress-report.js';
import type { GradeNote, Hint } from './kinds/kind.js';

/** The language of this catalogue, for Intl (plurals, weekday names). */
export const LOCALE = 'en';
const plural = new Intl.PluralRules(LOCALE);
/** "1 question", "2 questions": Intl.PluralRules, not a hand-rolled test. */
export function count(n: number, one: string, other = `${one}s`): string {
  return `${n} ${plural.select(n) === 'one' ? one : other}`;
}

/** What a typed prompt offers: a hint while hints are left, then the answer; always "I don't know". */
function typedKeys(hintsLeft: number): string {
  return hintsLeft > 0 ? "(? for a hint, ! if you don't know)" : "(? shows the answer, ! if you don't know)";
}

/** "\nExample:\n  nm-tutor study": the lines that end a verb's help. */
function examples(...lines: string[]): string {
  return `\n${lines.length > 1 ? 'Examples' : 'Example'}:\n${lines.map((l) => `  ${l}`).join('\n')}`;
}

/** The command table's words (program.ts): what --help prints for each verb, argument and option. */
const HELP = {
  program: 'An interactive tutor for the core concepts of network (internet) marketing.',
  plain: 'line mode: numbered options, one answer per line (automatic when stdin is not a terminal)',
  noColor: 'turn colour off (so do NO_COLOR=1 and TERM=dumb)',
  content: 'use the content pack in DIR (lessons/ and quizzes/) instead of the shipped one',
  afterError: '(run nm-tutor --help for usage)',
  after: `
Examples:
  nm-tutor learn functions            study the eight functions, section by section
  nm-tutor quiz --lesson 4p-4c        drill one lesson
  nm-tutor compare promotion ecommerce
  nm-tutor topics                     list lessons and concepts

Progress is saved after every answer to $NM_TUTOR_HOME/progress.json (default: your data directory).`,
  wholeNumber: (name: string, min: number, max: number) => `${name} must be a whole number from ${min} to ${max}.`,
  json: 'print as JSON',
  onlyLesson: 'only questions from this lesson',
  lessonTwice: 'error: the lesson is given twice (as an argument and with --lesson); give it once',
  study: {
    description:
      'continue where you are: due reviews first, then the next section, then your weakest lesson (also a bare `nm-tutor` in a terminal)',
    after: examples('nm-tutor study'),
  },
  learn: {
    description: 'study a lesson one section at a time, with a check-yourself question after each',
    lesson: 'lesson id (see `nm-tutor topics`); omit to pick from a menu',
    section: 'open one section by its id (also written lesson#section, as feedback links do)',
    after: examples('nm-tutor learn functions', 'nm-tutor learn functions customer-service'),
  },
  quiz: {
    description: 'a mixed drill with feedback after every answer and a score at the end',
    limit: 'how many questions',
    seed: 'fixed order for a reproducible quiz',
    studied: 'only questions on sections you have read',
    after: examples('nm-tutor quiz --lesson functions --limit 5'),
  },
  review: {
    description: 'the questions due for review, most overdue first (spaced repetition)',
    limit: 'at most this many questions',
    after: examples('nm-tutor review --limit 10'),
  },
  compare: {
    description: 'two concepts side by side, then a short drill sorting statements into one or the other',
    a: 'a concept id or alias, e.g. promotion',
    b: 'another concept, e.g. ecommerce',
    json: 'print the comparison as JSON',
    noDrill: 'skip the sorting drill',
    after: examples('nm-tutor compare promotion ecommerce'),
  },
  topics: {
    description: 'list the lessons and the concepts you can compare',
    after: examples('nm-tutor topics --json'),
  },
  progress: {
    description: 'mastery per lesson, reviews due, study streak, activity and the next step',
    lesson: 'mastery section by section for one lesson',
    after: examples(
      'nm-tutor progress',
      'nm-tutor progress --lesson functions',
      'nm-tutor progress export > my-progress.json',
      'nm-tutor progress import my-progress.json',
    ),
    export: 'print your whole history as JSON, to move it to another machine',
    import: 'merge a history exported elsewhere into yours (per question, newer wins)',
    file: 'a file written by `nm-tutor progress export`',
  },
  reset: {
    description: 'clear your progress, for one lesson or for everything, after a confirmation',
    lesson: 'lesson id; omit to clear everything',
    yes: 'do not ask for confirmation',
    after: examples('nm-tutor reset functions'),
  },
  sources: {
    description: 'the five source texts the lessons cite ("source 002"): what each is and covers, and which lessons use it',
    after: examples('nm-tutor sources'),
  },
  define: {
    description: 'explain a term in a sentence or two, with the lesson section to read',
    term: 'the term, e.g. conversion rate',
    list: 'list every term',
    after: examples('nm-tutor define conversion rate'),
  },
  validate: {
    description: 'check a content directory (default: the shipped content); non-zero exit on any problem',
    dir: 'content directory with lessons/ and quizzes/',
    coverage: 'list each lesson section with its question count by kind',
    strict: 'fail on lint warnings too (cues that give answers away), not only on problems',
    after: examples('nm-tutor validate ./my-pack --coverage'),
  },
  grade: {
    description: 'show how a typed answer would be graded (score, ideas, notes), recording nothing: for authors',
    id: 'a question id, e.g. basics-explain-definition',
    answer: 'the answer as typed; a cloze takes one argument per gap',
    json: 'print the grade as JSON',
    after: examples('nm-tutor grade 4p-4c-explain-shift "The 4Ps are the seller\'s decisions; the 4Cs look from the buyer\'s side."'),
  },
  flashcards: {
    description: 'write every question as flashcards: Anki import text, CSV or JSON',
    format: 'anki, csv or json (default: from the --out name, else anki)',
    out: 'write to FILE instead of standard output',
    force: 'replace FILE if it exists',
    after: examples('nm-tutor flashcards --out nm-tutor.txt   (then File > Import in Anki)'),
  },
  new: {
    description: 'write a commented skeleton lesson and its quiz bank; `validate` lists each TODO: left to fill in',
    kind: 'lesson or quiz',
    id: 'the new lesson id (a quiz bank is named after its lesson)',
    dir: 'content directory to write into',
    force: 'overwrite an existing file',
    after: examples('nm-tutor new lesson social-media --dir my-pack'),
  },
  completion: {
    description: 'print a shell completion script (verbs, options, lesson and concept ids)',
    shell: 'bash, zsh or fish',
    ids: "print the pack's ids by kind (the scripts ask this when --content is on the line)",
    after: examples('source <(nm-tutor completion bash)'),
  },
};

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
    /** What a learner may type for "I don't know", compared after trimming and lower-casing (so written lower-case). */
    dontKnowTyped: ['!', 'idk', "i don't know", 'i dont know', "don't know", 'dont know'] as readonly string[],
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
      `Unknown question '${id}'. Question ids are in the content files (e.g. functions-001), or run \`nm-tutor flashcards --format csv\`.`,
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
          return `learn ${step.lesson}`;
        case 'quiz':
          return `quiz --lesson ${step.lesson}`;
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
          return `it is your weakest lesson, at ${Math.round(step.mastery * 100)}% mastery`;
        case 'topics':
          return 'there is no content yet';
      }
    },
  },
  study: {
    because: (reason: string, command: string) => `Next: ${command} (${reason}).`,
  },
  quiz: {
    noQuestions: 'There are no questions for that lesson yet.',
    nothingStudied: (learn: string, inLesson: boolean) =>
      `You have not finished a section${inLesson ? ' of this lesson' : ''} yet, so --studied has nothing to ask. Start with \`${learn}\`.`,
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
  topics: {
    lessons: 'Lessons',
    concepts: 'Concepts',
    /** A lesson in the list: its sections, how many are read, its questions. */
    lesson: (title: string, sections: number, read: number, questions: number) =>
      `${title} (${count(sections, 'section')}${read === 0 ? '' : read >= sections ? ', read' : `, ${read} read`}, ${count(questions, 'question')})`,
    aliases: (aliases: readonly string[]) => ` also: ${aliases.join(', ')}`,
  },
  render: {
    continued: ' (continued)',
    position: (n: number, of: number) => `question ${n} of ${of}`,
    scenarioTag: '[scenario] ',
    /** An empty cell in line mode (the terminal UI draws a dash). */
    none: 'none',
  },
  progress: {
    readAgain: (command: string, section: string) => `Weakest section: "${section}". Read it again: ${command}`,
  },
  progressView: {
    title: 'Your progress',
    facts: (read: number, sections: number, answered: number, questions: number, accuracy: number | null, sep: string) =>
      `read ${read}/${sections}${sep}answered ${answered}/${questions}${accuracy === null ? '' : `${sep}${Math.round(accuracy * 100)}% right`}`,
    lessonLine: (id: string, pct: string, sep: string, facts: string) => `${id}: ${pct} mastery${sep}${facts}`,
    nextDue: (when: string) => ` (next: ${when})`,
    due: (now: number, today: number, week: number, sep: string) => `Due now: ${now}${sep}today: ${today}${sep}this week: ${week}`,
    streak: (days: number) => `Study streak: ${count(days, 'day')}`,
    accuracy: (weeks: string) => `Accuracy, last 4 weeks (oldest first): ${weeks}`,
    lastWeeks: 'Last 12 weeks',
    lastWeeksSentence: (sentence: string) => `Last 12 weeks: ${sentence}`,
    next: (command: string) => `Next: ${command}`,
    mastery: (pct: number) => `${pct}% mastery`,
    noAnswersYet: 'no answers yet.',
    activity: (answers: number, days: number, of: number) => `${count(answers, 'answer')} on ${count(days, 'day')} of ${of}.`,
    /** The calendar's row names, Monday = 0: Intl's short weekday names. */
    weekday: (mondayBased: number) =>
      new Intl.DateTimeFormat(LOCALE, { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + mondayBased))),
  },
  prompt: {
    answerOne: (n: number) => `Answer (1-${n}): `,
    answerMany: 'Answers (numbers separated by commas, or empty for none): ',
    typeANumber: (n: number) => `Please type a number from 1 to ${n}.`,
    typeNumbers: (n: number) => `Please type numbers from 1 to ${n}, separated by commas.`,
    yesNoKeys: (defaultValue: boolean) => (defaultValue ? '[Y/n]' : '[y/N]'),
    yes: ['y', 'yes'] as readonly string[],
    no: ['n', 'no'] as readonly string[],
    answerYesNo: 'Please answer y or n.',
    /** The terminal UI's key bar: what Ctrl-C and q do. */
    keyStop: 'stop',
    keyStopHere: 'stop here',
    endOfInput: 'end of input',
  },
  store: {
    cannotRead: (journal: boolean, file: string, reason: string) =>
      `Cannot read ${journal ? 'progress journal' : 'progress file'} ${file}: ${reason}. It was left untouched.`,
    notJson: 'it is not valid JSON',
    newerFormat: (file: string, version: number, known: number) =>
      `Progress file ${file} has format ${version}, newer than this nm-tutor understands (${known}). Upgrade nm-tutor; the file was left untouched.`,
    setAside: (file: string, problem: string, kept: string) =>
      `Your progress file ${file} was unreadable (${problem}); it was kept as ${kept} and you start fresh.`,
    cannotSetAside: (file: string, problem: string, reason: string) =>
      `Your progress file ${file} is unreadable (${problem}) and could not be set aside: ${reason}`,
    skippedLines: (n: number, journal: string) =>
      `Skipped ${count(n, 'unfinished line')} in ${journal}, left by an interrupted save; answers reported saved are all kept.`,
    repairs: (repaired: readonly string[]) =>
      `${count(repaired.length, 'unusable item')} (${repaired.slice(0, 3).join(', ')}${repaired.length > 3 ? ', …' : ''})`,
    dropped: (repairs: string, file: string) => `Dropped ${repairs} from ${file}; the rest of your history is kept.`,
    savedAfterAll: (file: string) => `Saved your progress to ${file} after all; nothing from this session is lost.`,
    couldNotSave: (file: string, reason: string) =>
      `Could not save progress to ${file} (${reason}); this session continues in memory and tries again at the next answer and before it ends.`,
    lockTakenOver: 'the progress lock was taken over while this session was stalled',
    lockHeld: 'another nm-tutor session is holding the progress lock',
    /** What a progress file's check found, and what it dropped. */
    notAnObject: 'not a JSON object',
    noFormatVersion: 'no formatVersion',
    noQuestionsOrLessons: 'missing questions or lessons',
    droppedAttempt: (id: string) => `an attempt of "${id}"`,
    droppedCard: (id: string) => `the review card of "${id}"`,
    droppedLesson: (id: string) => `lesson "${id}"`,
    droppedQuestion: (id: string) => `question "${id}"`,
    droppedReset: 'a recorded reset',
    /** Why a file was refused (durable.ts); they follow the file's name. */
    noSpace: 'no space left on device (a write stored 0 bytes)',
    symlinkRefused: 'is a symbolic link; refused',
    notRegularRefused: 'is not a regular file (a device, FIFO, socket or folder); refused',
    tooBig: (size: number, max: number) => `is ${size} bytes, over the limit of ${max}; refused`,
    overLimit: (max: number) => `is over the limit of ${max} bytes; refused`,
    notRegularFile: (file: string) => `${file} is not a regular file; refused`,
  },
  transfer: {
    cannotImport: (file: string, reason: string) => `Cannot import ${file}: ${reason}.`,
    noSuchFile: 'no such file',
    newerFormat: (file: string, version: number, known: number) =>
      `Cannot import ${file}: it has progress format ${version}, newer than this nm-tutor understands (${known}). Upgrade nm-tutor.`,
    notProgress: (file: string, problem: string) => `Cannot import ${file}: it is not an nm-tutor progress file (${problem}).`,
    skipped: (n: number, file: string, first: string) =>
      `Skipped ${count(n, 'unusable item')} in ${file} (e.g. ${first}); the rest is imported.`,
    couldNotWrite: (file: string) => `Could not write the merged progress to ${file}; nothing was changed on disk.`,
    imported: (file: string, s: { added: number; updated: number; unchanged: number; lessons: number }) =>
      `Imported ${file}: ${count(s.added, 'new question')}, ${s.updated} updated, ${s.unchanged} unchanged, ${count(s.lessons, 'lesson position')} updated.`,
  },
  sources: {
    none: 'This content pack does not list its source texts (lessons/sources.yaml).',
    title: 'Source texts',
    citedAs: (id: string) => `  (lessons cite them as "source ${id}" and so on)`,
    covers: 'Covers:',
    usedBy: 'Used by:',
    noLessonYet: 'no lesson yet',
    readALesson: (command: string) => `Read a lesson with \`${command}\`.`,
  },
  flashcards: {
    unknownFormat: (format: string, formats: readonly string[]) =>
      `Unknown flashcard format '${format}'. Use one of: ${formats.join(', ')}.`,
    formatFromName: (out: string, formats: readonly string[]) =>
      `Cannot tell the format from the name '${out}'. End it in .csv, .json or .txt (Anki), or add --format ${formats.join('|')}.`,
    /** Why a file could not be written, by error code. */
    writeProblems: {
      ENOENT: 'its folder does not exist',
      EACCES: 'permission denied',
      EPERM: 'permission denied',
      EISDIR: 'it is a folder',
      ENOSPC: 'the disk is full',
      EDQUOT: 'the disk quota is used up',
      EROFS: 'the file system is read-only',
      ENOTDIR: 'part of the path is not a folder',
    } as Readonly<Record<string, string>>,
    cannotWrite: (file: string, reason: string) => `Cannot write ${file}: ${reason}.`,
    exists: (file: string) => `${file} already exists; nothing was written. Add --force to replace it.`,
    wrote: (n: number, file: string, format: string) => `Wrote ${count(n, 'question')} to ${file} (${format}).`,
  },
  reset: {
    what: (lessonTitle: string | null) => (lessonTitle === null ? 'ALL your progress' : `your progress on "${lessonTitle}"`),
    confirm: (what: string) => `Clear ${what}? This cannot be undone.`,
    nothingCleared: 'Nothing was cleared.',
    couldNotClear: (what: string, file: string) => `Could not clear ${what}: ${file} could not be written; nothing was changed.`,
    cleared: (what: string) => `Cleared ${what}.`,
  },
  new: {
    unknownKind: (what: string, lesson: string, quiz: string) => `Unknown kind '${what}'. Use \`${lesson}\` or \`${quiz}\`.`,
    invalidId: (id: string) => `'${id}' is not a valid id: use lower-case letters, digits and hyphens.`,
    exists: (file: string) => `${file} already exists; nothing was written (use --force to overwrite).`,
    cannotWrite: (file: string, reason: string) => `Cannot write ${file}: ${reason}.`,
    partner: (file: string, what: 'lesson' | 'quiz') =>
      ` and ${file} (a ${what === 'lesson' ? 'lesson needs its quiz bank' : 'quiz bank needs its lesson'})`,
    wrote: (file: string, also: string, schemas: string, placeholder: string, validate: string) =>
      `Wrote ${file}${also}, with the editor schemas in ${schemas}. Replace each "${placeholder}" text, then run \`${validate}\`; it lists the ones left.`,
  },
  compareView: {
    /** The rows of the comparison table, one per concept dimension. */
    dimensions: {
      definition: 'Definition',
      viewpoint: 'Viewpoint',
      focus: 'Focus',
      goal: 'Goal',
      scope: 'Scope',
      activities: 'Typical activities',
      measure: 'Success measured by',
    } satisfies Record<ConceptDimension, string> as Readonly<Record<ConceptDimension, string>>,
    title: (a: string, b: string) => `${a} vs ${b}`,
    sortPrompt: (a: string, b: string) => `Sort each statement: is it about ${a} or ${b}?`,
    nextRows: (page: number, of: number) => `Show the next rows (page ${page} of ${of})?`,
    drill: 'Sort a few statements into one concept or the other?',
  },
  validate: {
    moreWarnings: (n: number, rule: string) => `… and ${count(n, `more [${rule}] warning`)}`,
    summary: (c: {
      lessons: number;
      sections: number;
      questions: number;
      applied: number;
      concepts: number;
      terms: number;
      warnings: number;
    }) =>
      `${count(c.lessons, 'lesson')}, ${count(c.sections, 'section')}, ${count(c.questions, 'question')} (${c.applied} application), ${count(c.concepts, 'concept')}, ${count(c.terms, 'glossary term')}, ${count(c.warnings, 'lint warning')}`,
    strictFailed: (summary: string, allowFile: string) =>
      `Failed (--strict): ${summary}. Fix each warning above or justify it in ${allowFile}.`,
    ok: (summary: string) => `OK: ${summary}.`,
  },
  completion: {
    unknownShell: (shell: string) => `Unknown shell '${shell}'. Use bash, zsh or fish.`,
    /** The comment lines at the top of a script (each starts with "# "). */
    header: (shell: string, load: string) => [
      `# nm-tutor completion for ${shell}. Load it with: ${load}`,
      '# The lesson, concept and term ids are those of the pack in use when this script was made.',
    ],
    fishHeader: [
      '# nm-tutor completion for fish. Load it with: nm-tutor completion fish | source',
      '# The lesson, concept and term ids are those of the pack in use when this script was made, or, with',
      "# --content DIR on the line, that pack's (asked of nm-tutor itself, which filters them).",
    ],
    contentFolder: 'content pack folder',
  },
  find: {
    taking: (wanted: string, name: string) => `Taking '${wanted}' to mean '${name}'.`,
    didYouMean: (offers: readonly string[]) => {
      const quoted = offers.map((o) => `'${o}'`);
      if (quoted.length === 0) return '';
      if (quoted.length === 1) return ` Did you mean ${quoted[0]}?`;
      return ` Did you mean ${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}?`;
    },
    unknown: (kind: 'lesson' | 'concept' | 'term', wanted: string, hint: string, listCommand: string) =>
      `Unknown ${kind} '${wanted}'.${hint} Run \`${listCommand}\` to list them.`,
  },
  /** A file-system error in plain words, never a raw code like ENOENT (errors.ts describeSystemError). */
  systemErrors: {
    ENOENT: 'no such file or folder',
    EEXIST: 'already exists; use --force to overwrite',
    ENOTDIR: 'part of the path is a file, not a folder',
    EISDIR: 'that is a folder, not a file',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the disk is read-only',
    ENOSPC: 'the disk is full',
    ENAMETOOLONG: 'the name is too long',
    ELOOP: 'too many symbolic links in the path',
    EMFILE: 'too many files open; try again',
  } as Readonly<Record<string, string>>,
  /** The words around Intl's relative times (ui/time.ts). */
  when: {
    now: 'now',
    today: (time: string) => `today (${time})`,
  },
  exit: {
    stopped: (saved: boolean) =>
      saved ? '\nStopped. Everything you answered is saved.\n' : '\nStopped. Some answers could NOT be saved (see the warning above).\n',
    notSaved: 'Some answers could NOT be saved (see the warning above).\n',
    cannotWriteOutput: (reason: string) => `nm-tutor: could not write the output: ${reason}\n`,
    systemError: (file: string | undefined, reason: string) => `nm-tutor: ${file ? `${file}: ` : ''}${reason}\n`,
    unexpected: (message: string) => `nm-tutor: unexpected error: ${message} (set DEBUG=nm-tutor for details)\n`,
  },
  help: HELP,
};

/** The catalogue's shape: a second language is a second object of this type. */
export type Words = typeof words;
