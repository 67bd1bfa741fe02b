import { DateTime } from 'luxon';
import type { Language } from '../../../common/i18n/localized.js';
import { localDateForPeople } from '../../page/people-time.js';
import { STATS_TEXTS } from './stats.texts.js';

/**
 * Numbers as people read them in the page's language: "1.234" and "42,1 %" in Danish (Sprognævnet:
 * a space before the per cent sign), "1,234" and "42.1%" in English. A rate with nothing to divide
 * by is a dash, never 0.
 */
const LOCALE: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };
export const DASH = '–';

export function formatCount(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALE[language], { maximumFractionDigits: 0 }).format(value);
}

export function formatDecimal(value: number | null, language: Language): string {
  if (value === null) return DASH;
  return new Intl.NumberFormat(LOCALE[language], {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}

export function formatPercent(value: number | null, language: Language): string {
  if (value === null) return DASH;
  const number = formatDecimal(value, language);
  return language === 'da' ? `${number} %` : `${number}%`;
}

/** A whole-number target: "50 %" rather than "50,0 %". */
export function formatTarget(value: number, language: Language): string {
  const number = new Intl.NumberFormat(LOCALE[language], { maximumFractionDigits: 1 }).format(value);
  return language === 'da' ? `${number} %` : `${number}%`;
}

export function formatMinutes(value: number | null, language: Language): string {
  return value === null ? DASH : STATS_TEXTS[language].minutes(formatDecimal(value, language));
}

/** Minutes as hours with one decimal: "7,5 t." */
export function formatHours(minutes: number, language: Language): string {
  return STATS_TEXTS[language].hours(formatDecimal(minutes / 60, language));
}

/** "2026-12-08" → "tirsdag 8. december 2026" (the year always: a period may span two). */
export function formatDay(day: string, language: Language): string {
  return localDateForPeople(day, language, new Date('1999-01-01T12:00:00Z'));
}

/** A short day for a chart's axis: "8/12" / "8 Dec". */
export function shortDay(day: string, language: Language): string {
  const date = DateTime.fromISO(day, { zone: 'utc' }).setLocale(LOCALE[language]);
  return language === 'da' ? date.toFormat('d/M') : date.toFormat('d LLL');
}
