// One time style for progress and review: relative, with correct plurals, in the learner's regional conventions.
import { expect, test } from '@jest/globals';
import { describeWhen, englishLocale } from '../../src/ui/time.js';

const now = new Date(2026, 10, 30, 17, 0, 0); // local time, Monday 30 Nov 2026, 5:00 PM
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

test.each([
  [at(6), 'en-US', 'in 6 minutes'],
  [at(0.2), 'en-US', 'in 1 minute'],
  [at(60), 'en-US', 'in 1 hour (6:00 PM)'],
  [at(60), 'en-GB', 'in 1 hour (18:00)'],
  [at(16 + 5 * 60), 'en-US', 'in 5 hours (10:16 PM)'],
  [at(24 * 60 + 16), 'en-US', 'tomorrow (Tue, Dec 1, 5:16 PM)'],
  [at(24 * 60 + 16), 'en-DE', 'tomorrow (Tue, 1 Dec, 17:16)'],
  [at(3 * 24 * 60), 'en-US', 'in 3 days (Thu, Dec 3, 5:00 PM)'],
  [at(12 * 24 * 60), 'en-US', 'in 12 days (Sat, Dec 12)'],
  [at(-5), 'en-US', 'now'],
])('%s in %s is %j', (when, locale, expected) => expect(describeWhen(when, now, locale)).toBe(expected));

test.each([
  ['de-DE', 'en-DE'],
  ['en-GB', 'en-GB'],
  ['zh-CN', 'en-CN'],
  ['und', 'en'],
  ['fr', 'en'],
])('the learner locale %s reads as %s', (locale, expected) => expect(englishLocale(locale)).toBe(expected));
