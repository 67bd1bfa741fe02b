import { DateTime } from 'luxon';
import { fail, fields, list } from './schedule-shape.js';
import type { LocalDate, Weekday } from './schedule.types.js';

/*
 * The dates of schedule.json: day arithmetic on local dates, the date expressions that move with
 * the day the demo is loaded, and periods. Pure; luxon does the calendar and the Copenhagen
 * offsets, so there are no hand-written daylight-saving rules here.
 */

export const TIME_ZONE = 'Europe/Copenhagen';

/** Index + 1 is the ISO weekday. */
export const WEEKDAY_NAMES = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;

/** What a date expression may refer to. */
export interface DateContext {
  today: LocalDate;
  /** "MM-DD" days that `"open": true` skips. */
  closedEveryYear: readonly string[];
  /** The named dates declared so far, for "@name". */
  dates: ReadonlyMap<string, LocalDate>;
}

/** Both bounds inclusive, as in opening hours and working times. */
export interface Period {
  validFrom: LocalDate;
  validTo: LocalDate;
}

const utcDay = (date: LocalDate) => DateTime.fromISO(date, { zone: 'utc' });

export function isLocalDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && utcDay(value).isValid;
}

/** "MM-DD" of a day every year has (so not 02-29). */
export function isMonthDay(value: unknown): value is string {
  return typeof value === 'string' && /^\d{2}-\d{2}$/.test(value) && isLocalDate(`2001-${value}`);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return utcDay(date).plus({ days }).toISODate() as LocalDate;
}

export function isoWeekday(date: LocalDate): Weekday {
  return utcDay(date).weekday as Weekday;
}

/** Local midnight at the start of `date`, with Copenhagen's UTC offset at that moment. */
export function startOfDay(date: LocalDate): string {
  const midnight = DateTime.fromISO(date, { zone: TIME_ZONE }).startOf('day');
  return midnight.toISO({ suppressMilliseconds: true }) as string;
}

/** Local midnight at the end of `date`: the start of the next day, with that day's offset. */
export function endOfDay(date: LocalDate): string {
  return startOfDay(addDays(date, 1));
}

/** "tuesday" or ["monday", "friday"] → ISO weekdays. */
export function weekdays(value: unknown, path: string): Weekday[] {
  return (typeof value === 'string' ? [value] : list(value, path)).map((name) => {
    const index = WEEKDAY_NAMES.indexOf(name as (typeof WEEKDAY_NAMES)[number]);
    if (index < 0) fail(path, `expected weekday names (monday … sunday), got ${JSON.stringify(name)}`);
    return (index + 1) as Weekday;
  });
}

const SIMPLE_DATE = /^(today|@\w+|\d{4}-\d{2}-\d{2})([+-]\d{1,4})?$/;

/**
 * A date expression: "today", "@name" (a date declared above) or "YYYY-MM-DD", each optionally
 * followed by +N or -N days; or a search `{ "from", "next", "open" }`: the first day on or after
 * `from` (the latest, if it lists several) that falls on one of the `next` weekdays and, with
 * `"open": true`, is not a day the municipality closes every year.
 */
export function resolveDate(value: unknown, context: DateContext, path: string): LocalDate {
  if (value === undefined) fail(path, 'missing date');
  if (typeof value !== 'string') return searchDate(value, context, path);
  const match = SIMPLE_DATE.exec(value);
  if (!match) fail(path, `bad date expression "${value}" (expected e.g. today+10, @busDay1+7, 2027-01-04)`);
  const [, base, offset] = match;
  let date = base;
  if (base === 'today') date = context.today;
  else if (base.startsWith('@'))
    date = context.dates.get(base.slice(1)) ?? fail(path, `unknown date "${base}" (declare it above)`);
  else if (!isLocalDate(base)) fail(path, `"${base}" is not a calendar date`);
  return addDays(date, Number(offset ?? 0));
}

function searchDate(value: unknown, context: DateContext, path: string): LocalDate {
  const search = fields(value, path, ['from', 'next', 'open']);
  const froms = Array.isArray(search.from) ? search.from : [search.from];
  if (froms.length === 0) fail(`${path}.from`, 'expected at least one date');
  const start = froms
    .map((from) => resolveDate(from, context, `${path}.from`))
    .reduce((latest, date) => (date > latest ? date : latest));
  const days = weekdays(search.next, `${path}.next`);
  const open = search.open ?? false;
  if (typeof open !== 'boolean') fail(`${path}.open`, 'expected true or false');

  for (let date = start, n = 0; n < 366; date = addDays(date, 1), n++) {
    const closed = open && context.closedEveryYear.includes(date.slice(5));
    if (days.includes(isoWeekday(date)) && !closed) return date;
  }
  return fail(path, `no such day within a year of ${start}`);
}

/**
 * A period `{ "from", "to" }`, both days included. With month-days ("07-01") it repeats every year
 * and means the occurrence that has not ended by today (it may run over New Year); with date
 * expressions it is a one-off period.
 */
export function resolvePeriod(value: unknown, context: DateContext, path: string): Period {
  const { from, to } = fields(value, path, ['from', 'to']);
  if (isMonthDay(from) && isMonthDay(to)) {
    let year = Number(context.today.slice(0, 4));
    if (context.today > `${year}-${to}`) year += 1;
    return { validFrom: `${from > to ? year - 1 : year}-${from}`, validTo: `${year}-${to}` };
  }
  const validFrom = resolveDate(from, context, `${path}.from`);
  const validTo = resolveDate(to, context, `${path}.to`);
  if (validTo < validFrom) fail(path, `ends (${validTo}) before it starts (${validFrom})`);
  return { validFrom, validTo };
}
