import { localInstant, type ScheduleData } from '../availability/day-plans.js';
import { type Interval, mergeIntervals, subtractIntervals } from '../common/time/intervals.js';
import { rowsOn } from '../common/time/weekly-rules.js';
import { closedHours, closedReason, type ClosurePeriod } from '../locations/closed-days.js';
import { percent } from './stats-period.js';
import type { CapacityRow } from './stats.types.js';

/** The rules that decide a place's open and staffed time, as stored now. */
export interface CapacityRules {
  locations: {
    id: string;
    code: string;
    name: string;
    timeZone: string;
    stations: number;
    /** A phone desk: no stations; its advisers' time is for calls, its bookings are callbacks. */
    hotline: boolean;
  }[];
  openingHours: {
    locationId: string;
    weekday: number;
    opens: string;
    closes: string;
    validFrom: string | null;
    validTo: string | null;
  }[];
  closures: (ClosurePeriod & { locationId: string | null })[];
  /** As availability reads them for slots. */
  workingTimes: ScheduleData['workingTimes'];
  absences: ScheduleData['absences'];
}

export interface CapacityDay {
  locationId: string;
  day: string;
  stationMinutes: number;
  adviserMinutes: number;
}

const MINUTE_MS = 60_000;

const minutesOf = (intervals: Interval[]) =>
  Math.round(mergeIntervals(intervals).reduce((sum, i) => sum + (i.end - i.start), 0) / MINUTE_MS);

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

interface PlaceRules {
  location: CapacityRules['locations'][number];
  closures: CapacityRules['closures'];
  hours: CapacityRules['openingHours'];
  /** Every row of each adviser who works here, at any place: a period row replaces them all. */
  work: Map<string, CapacityRules['workingTimes']>;
  absences: Map<string, Interval[]>;
}

function placeDay(place: PlaceRules, date: string, municipalClosedDays: string[]): CapacityDay | undefined {
  const { location, closures } = place;
  const zone = location.timeZone;
  if (closedReason(date, municipalClosedDays, closures)) return undefined;
  // A calendar date has the same weekday everywhere; UTC avoids luxon's costly zone lookup.
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
  const span = (from: string, to: string) => ({
    start: localInstant(date, from, zone),
    end: localInstant(date, to, zone),
  });
  const closed = closedHours(date, closures).map((cut) => span(cut.from, cut.to));
  const open = subtractIntervals(
    rowsOn(place.hours, date, weekday).map((row) => span(row.opens, row.closes)),
    closed,
  );
  let adviserMinutes = 0;
  for (const [adviserId, rows] of place.work) {
    const shifts = rowsOn(rows, date, weekday)
      .filter((row) => row.locationId === location.id)
      .map((row) => span(row.starts, row.ends));
    adviserMinutes += minutesOf(
      subtractIntervals(shifts, [...closed, ...(place.absences.get(adviserId) ?? [])]),
    );
  }
  const stationMinutes = minutesOf(open) * location.stations;
  if (stationMinutes === 0 && adviserMinutes === 0) return undefined;
  return { locationId: location.id, day: date, stationMinutes, adviserMinutes };
}

/**
 * Open station minutes and adviser minutes per place and day, by the same rules availability
 * uses: opening hours (periods replacing the standing week), minus public holidays, municipal
 * closed days and closures (whole days, or some hours); times the place's active stations. Adviser
 * minutes are the working time of active advisers there, minus their absences and the closures.
 * Days with neither are left out.
 */
export function capacityDays(
  rules: CapacityRules,
  dates: string[],
  municipalClosedDays: string[],
): CapacityDay[] {
  const workByAdviser = groupBy(rules.workingTimes, (row) => row.adviserId);
  const absences = new Map(
    [...groupBy(rules.absences, (row) => row.adviserId)].map(([id, rows]) => [
      id,
      rows.map((row) => ({ start: Date.parse(row.startsAt), end: Date.parse(row.endsAt) })),
    ]),
  );
  return rules.locations.flatMap((location) => {
    const place: PlaceRules = {
      location,
      closures: rules.closures.filter((c) => c.locationId === null || c.locationId === location.id),
      hours: rules.openingHours.filter((row) => row.locationId === location.id),
      work: new Map(
        [...workByAdviser].filter(([, rows]) => rows.some((row) => row.locationId === location.id)),
      ),
      absences,
    };
    return dates.flatMap((date) => placeDay(place, date, municipalClosedDays) ?? []);
  });
}

/** Open and staffed minutes beside the booked minutes, per place and day, in day then place order. */
export function capacityRows(
  locations: CapacityRules['locations'],
  days: CapacityDay[],
  booked: { locationId: string; day: string; minutes: number }[],
): CapacityRow[] {
  const keyOf = (row: { locationId: string; day: string }) => `${row.locationId} ${row.day}`;
  const bookedBy = new Map(booked.map((row) => [keyOf(row), row.minutes]));
  const openBy = new Map(days.map((row) => [keyOf(row), row]));
  const places = new Map(locations.map((l) => [l.id, l]));
  const keys = new Set([...openBy.keys(), ...bookedBy.keys()]);
  return [...keys]
    .map((key) => {
      const [locationId, day] = key.split(' ');
      const place = places.get(locationId)!;
      const bookedMinutes = bookedBy.get(key) ?? 0;
      const { stationMinutes = 0, adviserMinutes = 0 } = openBy.get(key) ?? {};
      return {
        location: place.code,
        label: place.name,
        hotline: place.hotline,
        day,
        stationMinutes,
        bookedMinutes,
        stationUse: percent(bookedMinutes, stationMinutes),
        adviserMinutes,
        adviserUse: percent(bookedMinutes, adviserMinutes),
      };
    })
    .sort((a, b) => a.day.localeCompare(b.day) || a.location.localeCompare(b.location));
}
