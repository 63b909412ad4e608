// The grading tools a session gets, with the shipped lexicon, for tests that grade outside a command.
import * as grading from '../../src/grading/index.js';
import type { GradeTools } from '../../src/kinds/kind.js';
import { courseLexicon } from '../unit/grading/course-lexicon.js';

export const tools: GradeTools = { lexicon: courseLexicon(), grading };
