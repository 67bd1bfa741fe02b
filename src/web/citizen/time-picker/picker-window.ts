import { DateTime } from 'luxon';
import { isLocalDate } from '../../../common/validation/patterns.js';

/** Days the picker shows at once: two weeks, within availability's 31-day limit per question. */
export const WINDOW_DAYS = 14;

export interface PickerWindow {
  from: string;
  to: string;
  /** The first day of the window before / after, when there is one within the booking horizon. */
  earlier?: string;
  later?: string;
}

/** A `?dag=` value the picker can use: a real calendar date ("2026-12-32" is not one), else undefined. */
export const pickerDay = (value: unknown): string | undefined => (isLocalDate(value) ? value : undefined);

const plus = (date: string, days: number) =>
  DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate()!;
const between = (from: string, to: string) =>
  DateTime.fromISO(to, { zone: 'UTC' }).diff(DateTime.fromISO(from, { zone: 'UTC' }), 'days').days;

/**
 * The two weeks of days to show: from today, or the two weeks that hold `day` (`?dag=`), never past
 * the last day of the booking horizon — so every bookable day can be reached, two weeks at a time.
 */
export function pickerWindow(today: string, horizonDays: number, day?: string): PickerWindow {
  const lastDay = plus(today, horizonDays);
  const valid = pickerDay(day);
  const offset = valid && valid >= today && valid <= lastDay ? between(today, valid) : 0;
  const from = plus(today, Math.floor(offset / WINDOW_DAYS) * WINDOW_DAYS);
  const end = plus(from, WINDOW_DAYS - 1);
  const to = end < lastDay ? end : lastDay;
  return {
    from,
    to,
    ...(from > today && { earlier: plus(from, -WINDOW_DAYS) }),
    ...(to < lastDay && { later: plus(to, 1) }),
  };
}
