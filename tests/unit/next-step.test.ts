import { expect, test } from '@jest/globals';
import { suggestNext, type LessonReport } from '../../src/engine/progress-report.js';

const topic = (id: string, sectionsRead: number, sections: number, answered: number, mastery = 0.5): LessonReport => ({
  id,
  title: id,
  mastery,
  sectionsRead,
  sections,
  questions: 10,
  answered,
  attempts: answered,
  accuracy: null,
  sectionMastery: [],
});

test.each([
  // Read basics and functions, touched other topics in a mixed quiz: the next lesson in course order, not the last one.
  [
    [
      topic('basics', 5, 5, 3),
      topic('functions', 10, 10, 4),
      topic('promotion', 0, 8, 2),
      topic('4p-4c', 0, 6, 1),
      topic('consumers', 0, 6, 0),
    ],
    0,
    { action: 'learn', lesson: 'promotion', read: 0, sections: 8 },
  ],
  [[topic('basics', 2, 5, 0), topic('functions', 0, 10, 0)], 0, { action: 'learn', lesson: 'basics', read: 2, sections: 5 }],
  [[topic('basics', 2, 5, 0)], 3, { action: 'review', due: 3 }],
  [[topic('basics', 5, 5, 5, 0.9), topic('functions', 10, 10, 5, 0.4)], 0, { action: 'quiz', lesson: 'functions', mastery: 0.4 }],
  [[], 0, { action: 'topics' }],
] as const)('%#', (topics, due, next) => expect(suggestNext(topics, due)).toEqual(next));
