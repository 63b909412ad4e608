// One way to say when something happens, used by `progress` and `review` alike: "in 6 minutes", "in 1 hour
// (7:16 PM)", "tomorrow (Tue, Dec 1, 5:16 PM)". The words are English, as every message is; the date and
// clock conventions (day/month order, 12 or 24 hours) follow the learner's region.
import { words } from '../words.js';

/** English in the learner's region ("de-DE" → "en-DE": 24-hour clock, day before month), or plain "en". */
export function englishLocale(locale = new Intl.DateTimeFormat().resolvedOptions().locale): string {
  try {
    const region = new Intl.Locale(locale).region;
    if (region) return Intl.DateTimeFormat.supportedLocalesOf(`en-${region}`).length ? `en-${region}` : 'en';
  } catch {
    /* not a locale tag: fall through */
  }
  return 'en';
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** When `when` is, seen from `now`: a relative phrase (plural rules from Intl), with the clock time when it helps. */
export function describeWhen(when: Date, now: Date, locale = englishLocale()): string {
  const diff = when.getTime() - now.getTime();
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (diff <= 0) return words.when.now;
  if (diff < HOUR) return relative.format(Math.max(1, Math.round(diff / MINUTE)), 'minute');
  const time = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(when);
  if (diff < 18 * HOUR) return `${relative.format(Math.round(diff / HOUR), 'hour')} (${time})`;
  const days = calendarDays(now, when);
  const date = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    ...(days <= 6 ? { hour: 'numeric', minute: '2-digit' } : {}),
  }).format(when);
  if (days === 0) return words.when.today(time);
  return `${relative.format(days, 'day')} (${date})`;
}

/** Whole calendar days from one local date to another (not 24-hour steps, so a DST change cannot shift it). */
function calendarDays(from: Date, to: Date): number {
  const day = (d: Date) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  return Math.round((day(to) - day(from)) / DAY);
}
