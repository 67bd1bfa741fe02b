import { DateTime } from 'luxon';
import type { Language } from '../../common/i18n/localized.js';
import { momentForPeople, timeForPeople } from './people-time.js';

const WORDS = {
  da: {
    minutes: (n: number) => `om ${n} ${n === 1 ? 'minut' : 'minutter'}`,
    hours: (n: number) => `om ${n} ${n === 1 ? 'time' : 'timer'}`,
    tomorrow: (time: string) => `i morgen kl. ${time}`,
    later: (moment: string) => moment,
  },
  en: {
    minutes: (n: number) => `in ${n} ${n === 1 ? 'minute' : 'minutes'}`,
    hours: (n: number) => `in ${n} ${n === 1 ? 'hour' : 'hours'}`,
    tomorrow: (time: string) => `tomorrow at ${time}`,
    later: (moment: string) => `on ${moment}`,
  },
} as const;

/**
 * When someone may try again, `seconds` (a Retry-After) from `now`, as people say it: "om 5
 * minutter", "om 2 timer", "i morgen kl. 09.00", "fredag 4. december kl. 10.15" (in English "in 5
 * minutes", "in 2 hours", "tomorrow at 09:00", "on Friday 4 December, 10:15"). Always rounded up,
 * never sooner than the server allows: minutes under an hour, hours while it is the same day in
 * `zone`, else the day and the time (to the minute).
 */
export function retryAfterForPeople(seconds: number, language: Language, now: Date, zone: string): string {
  const words = WORDS[language];
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  if (minutes < 60) return words.minutes(minutes);
  const today = DateTime.fromJSDate(now).setZone(zone);
  const exact = today.plus({ seconds });
  const then = exact.equals(exact.startOf('minute')) ? exact : exact.startOf('minute').plus({ minutes: 1 });
  if (then.hasSame(today, 'day')) return words.hours(Math.ceil(seconds / 3600));
  if (then.hasSame(today.plus({ days: 1 }), 'day'))
    return words.tomorrow(timeForPeople(then.toJSDate(), zone, language));
  return words.later(momentForPeople(then.toJSDate(), zone, language, now));
}
