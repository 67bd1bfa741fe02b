import Holidays from 'date-holidays';

/** Danish public holidays ("helligdage"), from date-holidays' maintained DK data. */
const danish = new Holidays('DK');
const publicHolidaysByYear = new Map<number, Map<string, string>>();

function publicHolidays(year: number): Map<string, string> {
  let days = publicHolidaysByYear.get(year);
  if (!days) {
    // Only type "public": Grundlovsdag and Juleaftensdag are observances (municipal closed days,
    // handled below), and Store bededag is no holiday from 2024 in the library's data.
    days = new Map(
      danish
        .getHolidays(year, 'da')
        .filter((h) => h.type === 'public')
        .map((h) => [h.date.slice(0, 10), h.name]),
    );
    publicHolidaysByYear.set(year, days);
  }
  return days;
}

const DAY_MS = 86_400_000;
/** A municipal closed day that moves with Easter, e.g. "easter+40" (the Friday after Ascension). */
const EASTER_RELATIVE = /^easter([+-]\d{1,3})$/;
const easterByYear = new Map<number, number>();

/** Easter Sunday of a year (UTC midnight, ms), from date-holidays' rule for Påskedag. */
function easterSunday(year: number): number {
  let easter = easterByYear.get(year);
  if (easter === undefined) {
    const day = danish.getHolidays(year, 'da').find((h) => h.rule === 'easter');
    if (!day) throw new Error(`No Easter in the holiday data for ${year}`);
    easter = Date.parse(`${day.date.slice(0, 10)}T00:00:00Z`);
    easterByYear.set(year, easter);
  }
  return easter;
}

/** Whether a municipal closed day ("MM-DD", or "easter±N" days) falls on a local date. */
function isMunicipalClosedDay(day: string, date: string): boolean {
  const relative = EASTER_RELATIVE.exec(day);
  if (!relative) return date.slice(5) === day;
  const shifted = easterSunday(Number(date.slice(0, 4))) + Number(relative[1]) * DAY_MS;
  return new Date(shifted).toISOString().slice(0, 10) === date;
}

export interface ClosurePeriod {
  startsOn: string;
  endsOn: string;
  reason: string;
  /** Local times ("HH:mm" or "HH:mm:ss") of a closure for some hours of each day; absent or null: all day. */
  closedFrom?: string | null;
  closedTo?: string | null;
}

const allDay = (closure: ClosurePeriod) => !closure.closedFrom || !closure.closedTo;
const covers = (closure: ClosurePeriod, date: string) => closure.startsOn <= date && date <= closure.endsOn;

/**
 * Why a location is closed on a local date ("YYYY-MM-DD"), or undefined when it is not: a public
 * holiday, a municipal closed day (`MM-DD`, e.g. Grundlovsdag 06-05, 24 and 31 December, or a day
 * that moves with Easter, `easter+40` for the Friday after Ascension) or a closure of the
 * location or of all locations for the whole day (one for some hours is closedHours').
 */
export function closedReason(
  date: string,
  municipalClosedDays: string[],
  closures: ClosurePeriod[],
): string | undefined {
  const holiday = publicHolidays(Number(date.slice(0, 4))).get(date);
  if (holiday) return holiday;
  if (municipalClosedDays.some((day) => isMunicipalClosedDay(day, date))) return 'Kommunal lukkedag';
  return closures.find((c) => allDay(c) && covers(c, date))?.reason;
}

/** The hours closures for part of the day close on a local date: local times "HH:mm", earliest first. */
export function closedHours(
  date: string,
  closures: ClosurePeriod[],
): { from: string; to: string; reason: string }[] {
  return closures
    .filter((c) => !allDay(c) && covers(c, date))
    .map((c) => ({ from: c.closedFrom!.slice(0, 5), to: c.closedTo!.slice(0, 5), reason: c.reason }))
    .sort((a, b) => a.from.localeCompare(b.from));
}
