import type { LocationKind } from '../locations/entities/location.entity.js';
/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
/** Local wall-clock time, "HH:mm". */
export type LocalTime = string;
/** Local date, "YYYY-MM-DD". */
export type LocalDate = string;

export interface DemoWeeklyHours {
  weekday: Weekday;
  opens: LocalTime;
  closes: LocalTime;
  /** Both bounds inclusive; omitted = open-ended. A row with a period overrides open-ended rows on its dates. */
  validFrom?: LocalDate;
  validTo?: LocalDate;
}

export interface DemoStation {
  name: string;
  /** Errand codes this station can handle, or 'all'. */
  errands: string[] | 'all';
}

export interface DemoLocation {
  /** UPPER_SNAKE_CASE, unique. */
  code: string;
  name: string;
  kind: LocationKind;
  address: string;
  /** How to get there, per language (entrance, floor, parking, bus). */
  directions?: { da: string; en: string };
  timeZone?: string;
  slotMinutes?: number;
  stations: DemoStation[];
  openingHours: DemoWeeklyHours[];
  closures?: { startsOn: LocalDate; endsOn: LocalDate; reason: string }[];
}

export interface DemoWorkingTime {
  location: string;
  weekday: Weekday;
  starts: LocalTime;
  ends: LocalTime;
  validFrom?: LocalDate;
  validTo?: LocalDate;
}

export interface DemoAdviser {
  name: string;
  email: string;
  errands: string[] | 'all';
  workingTimes: DemoWorkingTime[];
  /** Instants with offsets, e.g. "2026-12-03T00:00:00+01:00". */
  absences?: { startsAt: string; endsAt: string; reason: string }[];
}

export interface SchedulingDemo {
  locations: DemoLocation[];
  advisers: DemoAdviser[];
}
