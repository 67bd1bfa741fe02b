import { DateTime } from 'luxon';
import { RequestValidationError } from '../common/errors/domain-error.js';
import { isLocalDate } from '../common/validation/patterns.js';
import { StatsPeriodReversedError, StatsPeriodTooLongError } from './stats.errors.js';
import type { StatsPeriod } from './stats.types.js';

/** Statistics count Danish calendar days, whatever a place's own zone. */
export const STATS_ZONE = 'Europe/Copenhagen';
/** A year and a bit: a full year compared with the same weeks before it. */
export const MAX_PERIOD_DAYS = 400;
/** Up to this many days, the waiting report lists every day's first free time (a year is ~40k rows). */
export const FIRST_FREE_DAYS_MAX_PERIOD = 31;
/** Without dates: the last 30 days and today. */
export const DEFAULT_PERIOD_DAYS = 30;

const utcDate = (date: string) => DateTime.fromISO(date, { zone: 'UTC' });

export function daysInPeriod(period: StatsPeriod): number {
  return utcDate(period.to).diff(utcDate(period.from), 'days').days + 1;
}

/**
 * The period asked for, both ends Danish days and included: `to` defaults to today, `from` to
 * DEFAULT_PERIOD_DAYS before `to`. Dates that are no dates are a validation error (pages call
 * this too, without the API's DTO in front).
 */
export function resolvePeriod(today: string, from?: string, to?: string): StatsPeriod {
  const bad = [
    ...(from !== undefined && !isLocalDate(from) ? ['from'] : []),
    ...(to !== undefined && !isLocalDate(to) ? ['to'] : []),
  ];
  if (bad.length > 0)
    throw new RequestValidationError(
      bad.map((field) => ({
        field,
        problems: [`${field} must be a date YYYY-MM-DD that exists in the calendar`],
      })),
    );
  const end = to ?? today;
  const start = from ?? utcDate(end).minus({ days: DEFAULT_PERIOD_DAYS }).toISODate()!;
  if (start > end) throw new StatsPeriodReversedError(start, end);
  const days = daysInPeriod({ from: start, to: end });
  if (days > MAX_PERIOD_DAYS) throw new StatsPeriodTooLongError(days, MAX_PERIOD_DAYS);
  return { from: start, to: end };
}

/** The instants the period covers: from the first day's Danish midnight to the one after the last day. */
export function periodInstants(period: StatsPeriod): { from: Date; to: Date } {
  return {
    from: DateTime.fromISO(period.from, { zone: STATS_ZONE }).toJSDate(),
    to: DateTime.fromISO(period.to, { zone: STATS_ZONE }).plus({ days: 1 }).toJSDate(),
  };
}

/** Every date of the period, in order. */
export function periodDates(period: StatsPeriod): string[] {
  const first = utcDate(period.from);
  return Array.from({ length: daysInPeriod(period) }, (_, i) => first.plus({ days: i }).toISODate()!);
}

/** A percentage with one decimal; null when there is nothing to divide by. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((1000 * part) / whole) / 10;
}
