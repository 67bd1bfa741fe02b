import { LOCATION_KINDS, type LocationKind } from '../locations/entities/location.entity.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type DateContext,
  endOfDay,
  isLocalDate,
  isMonthDay,
  isoWeekday,
  type Period,
  resolveDate,
  resolvePeriod,
  startOfDay,
  WEEKDAY_NAMES,
  weekdays,
} from './schedule-dates.js';
import { declarations, fail, type Fields, fields, list, lookup, text } from './schedule-shape.js';
import type {
  DemoAdviser,
  DemoLocation,
  DemoWeeklyHours,
  DemoWorkingTime,
  LocalDate,
  LocalTime,
  SchedulingDemo,
  Weekday,
} from './schedule.types.js';

/*
 * Reads the demo municipality from data/schedule.json (format: data/README.md) and resolves it
 * for the day the demo is loaded: named errand groups, shift patterns, periods and dates are
 * declared once at the top and referenced as "@name" below. Pure apart from reading the file.
 */

/** Beside this module both in src (Jest) and in dist (the build copies data/ there). */
const SCHEDULE_FILE = fileURLToPath(new URL('./data/schedule.json', import.meta.url));

type Hours = readonly [from: LocalTime, to: LocalTime];

/** Everything the rows of the file may refer to. */
interface Declared extends DateContext {
  periods: ReadonlyMap<string, Period>;
  groups: ReadonlyMap<string, string[]>;
  shifts: ReadonlyMap<string, ReadonlyMap<Weekday, Hours>>;
  locations: ReadonlySet<string>;
}

/** `today` is a local date in Europe/Copenhagen ("YYYY-MM-DD"). Errors name the file and the field. */
export function readDemoSchedule(today: LocalDate, file: string = SCHEDULE_FILE): SchedulingDemo {
  checkToday(today);
  try {
    return resolveDemoSchedule(JSON.parse(readFileSync(file, 'utf8')), today);
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
  }
}

/** The contents of a schedule file, checked and resolved for `today`. */
export function resolveDemoSchedule(data: unknown, today: LocalDate): SchedulingDemo {
  checkToday(today);
  const file = fields(data, 'schedule', [
    'closedEveryYear',
    'periods',
    'dates',
    'errandGroups',
    'shifts',
    'locations',
    'advisers',
  ]);
  const declared = declare(file, today);
  const locations = list(file.locations, 'locations').map((location, i) =>
    resolveLocation(location, declared, `locations[${i}]`),
  );
  for (const [i, { code }] of locations.entries())
    if (locations.findIndex((other) => other.code === code) < i)
      fail(`locations[${i}].code`, `"${code}" is used twice`);
  const withLocations = { ...declared, locations: new Set(locations.map(({ code }) => code)) };
  const advisers = list(file.advisers, 'advisers').map((adviser, i) =>
    resolveAdviser(adviser, withLocations, `advisers[${i}]`),
  );
  return { locations, advisers };
}

function checkToday(today: string): void {
  if (!isLocalDate(today)) throw new Error(`Expected a date "YYYY-MM-DD", got "${today}"`);
}

/** The declarations at the top of the file; each date may use the dates above it. */
function declare(file: Fields, today: LocalDate): Declared {
  const closedEveryYear = (
    file.closedEveryYear === undefined ? [] : list(file.closedEveryYear, 'closedEveryYear')
  ).map((day, i) => (isMonthDay(day) ? day : fail(`closedEveryYear[${i}]`, 'expected a month-day "MM-DD"')));
  const dates = new Map<string, LocalDate>();
  const context = { today, closedEveryYear, dates };
  for (const [name, date] of declarations(file.dates, 'dates'))
    dates.set(name, resolveDate(date, context, `dates.${name}`));

  const periods = declarations(file.periods, 'periods').map(
    ([name, period]) => [name, resolvePeriod(period, context, `periods.${name}`)] as const,
  );
  const groups = declarations(file.errandGroups, 'errandGroups').map(([name, codes]) => {
    const path = `errandGroups.${name}`;
    return [name, list(codes, path).map((code, i) => errandCode(code, `${path}[${i}]`))] as const;
  });
  const shifts = declarations(file.shifts, 'shifts').map(([name, pattern]) => {
    const path = `shifts.${name}`;
    const byDay = Object.entries(fields(pattern, path, WEEKDAY_NAMES)).filter(([key]) => key !== 'note');
    return [
      name,
      new Map(byDay.map(([day, h]) => [weekdays(day, path)[0], hours(h, `${path}.${day}`)])),
    ] as const;
  });
  return {
    ...context,
    periods: new Map(periods),
    groups: new Map(groups),
    shifts: new Map(shifts),
    locations: new Set(),
  };
}

function resolveLocation(value: unknown, declared: Declared, path: string): DemoLocation {
  const location = fields(value, path, [
    'code',
    'name',
    'kind',
    'address',
    'directions',
    'stations',
    'openingHours',
    'closures',
  ]);
  const kind = text(location.kind, `${path}.kind`);
  if (!(LOCATION_KINDS as readonly string[]).includes(kind))
    fail(`${path}.kind`, `expected ${LOCATION_KINDS.join(', ')}, got "${kind}"`);
  const stations = list(location.stations, `${path}.stations`).map((item, i) => {
    const station = fields(item, `${path}.stations[${i}]`, ['name', 'errands']);
    return {
      name: text(station.name, `${path}.stations[${i}].name`),
      errands: errands(station.errands, declared, `${path}.stations[${i}].errands`),
    };
  });
  const closures = location.closures;
  return {
    code: text(location.code, `${path}.code`),
    name: text(location.name, `${path}.name`),
    kind: kind as LocationKind,
    address: text(location.address, `${path}.address`),
    ...(location.directions === undefined
      ? {}
      : { directions: directions(location.directions, `${path}.directions`) }),
    stations,
    openingHours: openingHours(location.openingHours, declared, `${path}.openingHours`),
    ...(closures === undefined
      ? {}
      : {
          closures: list(closures, `${path}.closures`).map((item, i) => {
            const { days, reason } = wholeDays(item, declared, `${path}.closures[${i}]`);
            return { startsOn: days.validFrom, endsOn: days.validTo, reason };
          }),
        }),
  };
}

/** How to get there, in both languages (a place with directions has them for every reader). */
function directions(value: unknown, path: string): { da: string; en: string } {
  const both = fields(value, path, ['da', 'en']);
  return { da: text(both.da, `${path}.da`), en: text(both.en, `${path}.en`) };
}

function resolveAdviser(value: unknown, declared: Declared, path: string): DemoAdviser {
  const adviser = fields(value, path, ['name', 'email', 'errands', 'workingTimes', 'absences']);
  const email = text(adviser.email, `${path}.email`);
  if (!/^[^@\s]+@[^@\s]+\.[a-z]+$/.test(email)) fail(`${path}.email`, `"${email}" is not an e-mail address`);
  const absences = adviser.absences;
  return {
    name: text(adviser.name, `${path}.name`),
    email,
    errands: errands(adviser.errands, declared, `${path}.errands`),
    workingTimes: workingTimes(adviser.workingTimes, declared, `${path}.workingTimes`),
    ...(absences === undefined
      ? {}
      : {
          absences: list(absences, `${path}.absences`).map((item, i) => {
            const { days, reason } = wholeDays(item, declared, `${path}.absences[${i}]`);
            return { startsAt: startOfDay(days.validFrom), endsAt: endOfDay(days.validTo), reason };
          }),
        }),
  };
}

/** "all", or a list of errand codes and "@GROUP"s (a group stands for its codes, in order). */
function errands(value: unknown, declared: Declared, path: string): string[] | 'all' {
  if (value === 'all') return 'all';
  return list(value, path).flatMap((item, i) =>
    typeof item === 'string' && item.startsWith('@')
      ? lookup(declared.groups, item, 'errand group', `${path}[${i}]`)
      : [errandCode(item, `${path}[${i}]`)],
  );
}

function errandCode(value: unknown, path: string): string {
  if (typeof value !== 'string' || !/^[A-Z][A-Z0-9_]*$/.test(value))
    fail(path, `expected an errand code such as PAS_VOKSEN or an "@GROUP", got ${JSON.stringify(value)}`);
  return value;
}

const HOURS = /^((?:[01]\d|2[0-3]):[0-5]\d)-((?:[01]\d|2[0-3]):[0-5]\d|24:00)$/;

/** "09:30-14:30" → ["09:30", "14:30"]. */
function hours(value: unknown, path: string): Hours {
  const match = typeof value === 'string' ? HOURS.exec(value) : null;
  if (!match) fail(path, `expected hours such as "09:30-14:30", got ${JSON.stringify(value)}`);
  if (match[1] >= match[2]) fail(path, `"${value as string}" ends before it starts`);
  return [match[1], match[2]];
}

/** The weekdays a row applies to: `days` (all year, or `during` a period), or `on` one date. */
function rowDays(row: Fields, declared: Declared, path: string): { weekday: Weekday; period?: Period }[] {
  if (row.on === undefined) {
    const period =
      typeof row.during === 'string'
        ? lookup(declared.periods, row.during, 'period', `${path}.during`)
        : row.during === undefined
          ? undefined
          : resolvePeriod(row.during, declared, `${path}.during`);
    return weekdays(row.days, `${path}.days`).map((weekday) => ({ weekday, period }));
  }
  if (row.days !== undefined || row.during !== undefined) fail(path, 'give either "on" or "days", not both');
  const day = resolveDate(row.on, declared, `${path}.on`);
  return [{ weekday: isoWeekday(day), period: { validFrom: day, validTo: day } }];
}

function openingHours(value: unknown, declared: Declared, path: string): DemoWeeklyHours[] {
  return list(value, path).flatMap((item, i) => {
    const row = fields(item, `${path}[${i}]`, ['days', 'on', 'during', 'hours']);
    const [opens, closes] = hours(row.hours, `${path}[${i}].hours`);
    return rowDays(row, declared, `${path}[${i}]`).map(({ weekday, period }) => ({
      weekday,
      opens,
      closes,
      ...period,
    }));
  });
}

/** A working-time row has its own `hours` or follows a named `shift` pattern on each of its days. */
function workingTimes(value: unknown, declared: Declared, path: string): DemoWorkingTime[] {
  return list(value, path).flatMap((item, i) => {
    const at = `${path}[${i}]`;
    const row = fields(item, at, ['location', 'days', 'on', 'during', 'hours', 'shift']);
    const location = text(row.location, `${at}.location`);
    if (!declared.locations.has(location)) fail(`${at}.location`, `unknown location "${location}"`);
    if ((row.hours === undefined) === (row.shift === undefined)) fail(at, 'give either "hours" or "shift"');
    const own = row.hours === undefined ? undefined : hours(row.hours, `${at}.hours`);
    const shift = own ? undefined : lookup(declared.shifts, row.shift, 'shift pattern', `${at}.shift`);
    return rowDays(row, declared, at).map(({ weekday, period }) => {
      const [starts, ends] =
        own ??
        shift?.get(weekday) ??
        fail(`${at}.shift`, `"${row.shift as string}" has no shift on ${WEEKDAY_NAMES[weekday - 1]}`);
      return { location, weekday, starts, ends, ...period };
    });
  });
}

/** A closure or absence: `on` one date, or `from` … `to` (both included), with a `reason`. */
function wholeDays(value: unknown, declared: Declared, path: string): { days: Period; reason: string } {
  const row = fields(value, path, ['on', 'from', 'to', 'reason']);
  const reason = text(row.reason, `${path}.reason`);
  if (row.on === undefined)
    return { days: resolvePeriod({ from: row.from, to: row.to }, declared, path), reason };
  if (row.from !== undefined || row.to !== undefined) fail(path, 'give either "on" or "from" and "to"');
  const day = resolveDate(row.on, declared, `${path}.on`);
  return { days: { validFrom: day, validTo: day }, reason };
}
