// The grading engine's public API in one import. Load it only from code that grades (it pulls in the stemmer and
// the lexicon compiler), never from the CLI's start-up path.
export { english, typoDistance, type Language, type Token } from './language.js';
export { compileLexicon, EMPTY_LEXICON, LEXICON_FORMAT_VERSION, readLexicon, type CompiledLexicon, type Lexicon } from './lexicon.js';
export { LEXICON_SCHEMA_NAME, lexiconSchema } from './lexicon-schema.js';
export {
  findAll,
  findPhrasing,
  isNegated,
  matchPhrasing,
  prepareText,
  type PhraseMatch,
  type Phrasing,
  type PreparedText,
  type SpanFilter,
  type Typo,
} from './phrasing.js';
export { gradeCloze, gradeList, gradeRecall, type AnswerKey, type ShortGrade, type ShortNote } from './short-answer.js';
export {
  checkRubric,
  COPY_RUN,
  creditOf,
  FLAGGED_CAP,
  gradeExplanation,
  MAX_COPIED_SHARE,
  MIN_EXAMPLES,
  MIN_FUNCTION_SHARE,
  RUBRIC_NEEDS,
  type Credit,
  type ExplanationFlag,
  type ExplanationGrade,
  type Idea,
  type IdeaResult,
  type Misconception,
  type MisconceptionResult,
  type Rubric,
  type RubricExample,
  type RubricFailure,
  type RubricNeed,
} from './rubric.js';
