import { DateTime } from 'luxon';
import { closedHours, closedReason } from '../locations/closed-days.js';
import { type Interval, subtractIntervals } from '../common/time/intervals.js';
import type { DayPlan } from './slots.js';
import { rowsOn } from '../common/time/weekly-rules.js';

export interface ScheduleLocation {
  id: string;
  code: string;
  name: string;
  address: string;
  timeZone: string;
  slotMinutes: number;
  /** Active stations here that can handle the errand ([] at a hotline). */
  stationIds: string[];
  stations: { id: string; name: string }[];
  /** A hotline: its bookings are calls, which need an adviser but no station. */
  stationless?: boolean;
}

export interface ScheduleData {
  locations: ScheduleLocation[];
  openingHours: {
    locationId: string;
    weekday: number;
    opens: string;
    closes: string;
    validFrom: string | null;
    validTo: string | null;
  }[];
  closures: {
    locationId: string | null;
    startsOn: string;
    endsOn: string;
    reason: string;
    /** Local times of a closure for some hours of each day; null (or absent): all day. */
    closedFrom?: string | null;
    closedTo?: string | null;
  }[];
  /** All working time of the advisers who handle the errand, at every location. */
  workingTimes: {
    adviserId: string;
    locationId: string;
    weekday: number;
    starts: string;
    ends: string;
    validFrom: string | null;
    validTo: string | null;
  }[];
  absences: { adviserId: string; startsAt: string; endsAt: string }[];
  /** stationId is null for a callback. */
  bookings: { stationId: string | null; adviserId: string; startsAt: string; endsAt: string }[];
}

export interface BookingRules {
  durationMinutes: number;
  now: Date;
  minNoticeMinutes: number;
  horizonDays: number;
  municipalClosedDays: string[];
}

export type LocationDay =
  | { location: ScheduleLocation; date: string; closed: string; plan?: undefined }
  | { location: ScheduleLocation; date: string; closed?: undefined; plan: DayPlan };

const MINUTE_MS = 60_000;

/** Local wall-clock → instant is costly in luxon (Intl offsets) and repeats endlessly: memoised. */
const instants = new Map<string, number>();
const MAX_MEMOISED_INSTANTS = 50_000;

export function localInstant(date: string, time: string, zone: string): number {
  const key = `${zone} ${date}T${time}`;
  let instant = instants.get(key);
  if (instant === undefined) {
    if (instants.size >= MAX_MEMOISED_INSTANTS) instants.clear();
    instant = DateTime.fromISO(`${date}T${time}`, { zone }).toMillis();
    instants.set(key, instant);
  }
  return instant;
}

function toInterval(row: { startsAt: string; endsAt: string }): Interval {
  return { start: Date.parse(row.startsAt), end: Date.parse(row.endsAt) };
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/**
 * Opening intervals with a closure's hours cut out. Unlike subtractIntervals, rows that touch are
 * not merged, so a day without such a closure keeps exactly the openings it had.
 */
function withoutClosedHours(openings: Interval[], cuts: Interval[]): Interval[] {
  return cuts.reduce(
    (open, cut) =>
      open.flatMap((piece) => {
        if (cut.end <= piece.start || piece.end <= cut.start) return [piece];
        return [
          ...(cut.start > piece.start ? [{ start: piece.start, end: cut.start }] : []),
          ...(cut.end < piece.end ? [{ start: cut.end, end: piece.end }] : []),
        ];
      }),
    openings,
  );
}

/** Local dates from..to inclusive ("YYYY-MM-DD"). Counted, not compared as strings: luxon writes
 * year 10000 as "+010000-…", which would sort before "9999-12-31" and never end the loop. */
export function datesBetween(from: string, to: string): string[] {
  const first = DateTime.fromISO(from, { zone: 'UTC' });
  const count = DateTime.fromISO(to, { zone: 'UTC' }).diff(first, 'days').days + 1;
  return Array.from({ length: Math.max(0, count) }, (_, i) => first.plus({ days: i }).toISODate()!);
}

/**
 * Turns the weekly rules, closures and existing bookings into one DayPlan per location and local
 * day (in the location's time zone, so DST days have 23 or 25 hours), or the reason it is closed.
 */
export function buildDayPlans(data: ScheduleData, dates: string[], rules: BookingRules): LocationDay[] {
  const openingsByLocation = groupBy(data.openingHours, (row) => row.locationId);
  const workByAdviser = groupBy(data.workingTimes, (row) => row.adviserId);
  // Instants are parsed once here, not once per day, location and resource.
  const intervalsBy = <T extends { startsAt: string; endsAt: string }>(rows: T[], key: (row: T) => string) =>
    new Map([...groupBy(rows, key)].map(([id, group]) => [id, group.map(toInterval)]));
  const absencesByAdviser = intervalsBy(data.absences, (row) => row.adviserId);
  const stationBusy = intervalsBy(data.bookings, (row) => row.stationId ?? '');
  const adviserBusy = intervalsBy(data.bookings, (row) => row.adviserId);
  const earliestStart = rules.now.getTime() + rules.minNoticeMinutes * MINUTE_MS;
  const latestStart = rules.now.getTime() + rules.horizonDays * 24 * 60 * MINUTE_MS;

  return data.locations.flatMap((location) => {
    const zone = location.timeZone;
    const closures = data.closures.filter((c) => c.locationId === null || c.locationId === location.id);
    return dates.map((date): LocationDay => {
      const closed = closedReason(date, rules.municipalClosedDays, closures);
      if (closed) return { location, date, closed };
      // A calendar date has the same weekday in every zone; UTC avoids luxon's costly Intl offset lookup.
      const weekday = DateTime.fromISO(date, { zone: 'UTC' }).weekday;
      const openings = withoutClosedHours(
        rowsOn(openingsByLocation.get(location.id) ?? [], date, weekday).map((row) => ({
          start: localInstant(date, row.opens, zone),
          end: localInstant(date, row.closes, zone),
        })),
        closedHours(date, closures).map((cut) => ({
          start: localInstant(date, cut.from, zone),
          end: localInstant(date, cut.to, zone),
        })),
      );
      const advisers = [...workByAdviser].map(([adviserId, rows]) => ({
        id: adviserId,
        available: subtractIntervals(
          rowsOn(rows, date, weekday)
            .filter((row) => row.locationId === location.id)
            .map((row) => ({
              start: localInstant(date, row.starts, zone),
              end: localInstant(date, row.ends, zone),
            })),
          absencesByAdviser.get(adviserId) ?? [],
        ),
        busy: adviserBusy.get(adviserId) ?? [],
      }));
      const plan: DayPlan = {
        origin: localInstant(date, '00:00', zone),
        stepMs: location.slotMinutes * MINUTE_MS,
        durationMs: rules.durationMinutes * MINUTE_MS,
        openings,
        stations: location.stationIds.map((id) => ({
          id,
          busy: stationBusy.get(id) ?? [],
        })),
        advisers: advisers.filter((adviser) => adviser.available.length > 0),
        earliestStart,
        latestStart,
        ...(location.stationless && { stationless: true }),
      };
      return { location, date, plan };
    });
  });
}
