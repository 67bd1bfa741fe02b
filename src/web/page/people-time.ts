import { DateTime } from 'luxon';
import type { Language } from '../../common/i18n/localized.js';

/**
 * Dates and times as people read them, in the place's time zone: "tirsdag 8. december kl. 10.15"
 * in Danish (Retskrivningsordbogen's dot between hours and minutes), "Tuesday 8 December, 10:15"
 * in English. luxon's Intl data supplies the day and month names.
 */
const LOCALE: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };

function local(instant: Date | string, zone: string, language: Language): DateTime {
  const value = typeof instant === 'string' ? DateTime.fromISO(instant) : DateTime.fromJSDate(instant);
  return value.setZone(zone).setLocale(LOCALE[language]);
}

/** "tirsdag 8. december" / "Tuesday 8 December"; the year only when it is not this year's. */
export function dayForPeople(instant: Date | string, zone: string, language: Language, now?: Date): string {
  const day = local(instant, zone, language);
  const withYear = now !== undefined && DateTime.fromJSDate(now).setZone(zone).year !== day.year;
  const year = withYear ? ' yyyy' : '';
  return day.toFormat(language === 'da' ? `cccc d. LLLL${year}` : `cccc d LLLL${year}`);
}

/** "10.15" / "10:15". */
export function timeForPeople(instant: Date | string, zone: string, language: Language): string {
  return local(instant, zone, language).toFormat(language === 'da' ? 'HH.mm' : 'HH:mm');
}

/** "tirsdag 8. december kl. 10.15" / "Tuesday 8 December, 10:15". */
export function momentForPeople(
  instant: Date | string,
  zone: string,
  language: Language,
  now?: Date,
): string {
  const day = dayForPeople(instant, zone, language, now);
  const time = timeForPeople(instant, zone, language);
  return language === 'da' ? `${day} kl. ${time}` : `${day}, ${time}`;
}

/** A local calendar date ("2026-12-08") as "tirsdag 8. december". */
export function localDateForPeople(date: string, language: Language, now?: Date): string {
  return dayForPeople(`${date}T12:00:00`, 'UTC', language, now);
}
