import type { Language } from '../../errands/errand-definition.js';
import { formatInstant } from '../../common/time/format-instant.js';

/**
 * Times in messages as people read them, in the place's zone: "tirsdag 8. december kl. 10.15"
 * (Retskrivningsordbogen's dot between hours and minutes) and "Tuesday 8 December, 10:15". The
 * wall-clock time comes from formatInstant; the names are ours, so an SMS never depends on the
 * ICU data a Node build happens to carry. No year: a message is about a visit weeks away at most.
 */
const WEEKDAYS: Record<Language, readonly string[]> = {
  da: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

const MONTHS: Record<Language, readonly string[]> = {
  da: [
    'januar',
    'februar',
    'marts',
    'april',
    'maj',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** "tirsdag 8. december kl. 10.15" / "Tuesday 8 December, 10:15". */
export function momentForMessage(instant: Date, zone: string, language: Language): string {
  const local = formatInstant(instant.getTime(), zone);
  const [year, month, day] = local.slice(0, 10).split('-').map(Number);
  const [hours, minutes] = [local.slice(11, 13), local.slice(14, 16)];
  const weekday = WEEKDAYS[language][new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  const monthName = MONTHS[language][month - 1];
  return language === 'da'
    ? `${weekday} ${day}. ${monthName} kl. ${hours}.${minutes}`
    : `${weekday} ${day} ${monthName}, ${hours}:${minutes}`;
}
