import { DateTime } from 'luxon';
import type { Language, Localized } from '../common/i18n/localized.js';
import { TRIAGE_SOURCES, type TriageSource } from '../errands/entities/triage-session.entity.js';
import { periodDates } from './stats-period.js';
import type { StatsPeriod } from './stats.types.js';

export const CHANNELS: readonly TriageSource[] = TRIAGE_SOURCES;

const CHANNEL_LABELS: Record<TriageSource, Localized> = {
  online: { da: 'Online', en: 'Online' },
  reception: { da: 'Ved skranken', en: 'At the desk' },
  phone: { da: 'Telefon', en: 'Phone' },
};

/** Online triages that booked nothing (or not yet) are at no place. */
export const NO_PLACE = 'none';
const NO_PLACE_LABEL: Localized = { da: 'Online, intet sted endnu', en: 'Online, no place yet' };
export const TOTAL = 'total';
const TOTAL_LABEL: Localized = { da: 'I alt', en: 'Total' };

export const channelLabel = (channel: string, language: Language): string =>
  CHANNEL_LABELS[channel as TriageSource]?.[language] ?? channel;
export const noPlaceLabel = (language: Language): string => NO_PLACE_LABEL[language];
export const totalLabel = (language: Language): string => TOTAL_LABEL[language];

/** "2026-W49" → "Uge 49, 2026" / "Week 49, 2026". */
export function weekLabel(key: string, language: Language): string {
  const [year, week] = key.split('-W');
  return `${language === 'da' ? 'Uge' : 'Week'} ${Number(week)}, ${year}`;
}

/** "2026-12" → "december 2026" / "December 2026". */
export function monthLabel(key: string, language: Language): string {
  return DateTime.fromISO(`${key}-01`, { zone: 'UTC' }).setLocale(language).toFormat('LLLL yyyy');
}

/** The ISO weeks ("2026-W49") the period's days fall in, in order (the first and last may be partial). */
export function weeksOf(period: StatsPeriod): string[] {
  const keys = periodDates(period).map((date) =>
    DateTime.fromISO(date, { zone: 'UTC' }).toFormat("kkkk-'W'WW"),
  );
  return [...new Set(keys)];
}

/** The months ("2026-12") the period's days fall in, in order. */
export function monthsOf(period: StatsPeriod): string[] {
  return [...new Set(periodDates(period).map((date) => date.slice(0, 7)))];
}
