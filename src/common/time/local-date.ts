import { DateTime } from 'luxon';

/** The local date ("YYYY-MM-DD") of an instant in a zone, e.g. a location's day. */
export function localDate(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toISODate()!;
}

/** The instants a local date begins and ends (the next day's start) in a zone, DST included. */
export function localDayBounds(date: string, zone: string): { from: Date; to: Date } {
  const start = DateTime.fromISO(date, { zone });
  return { from: start.toJSDate(), to: start.plus({ days: 1 }).toJSDate() };
}
