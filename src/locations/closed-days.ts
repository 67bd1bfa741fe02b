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

export interface ClosurePeriod {
  startsOn: string;
  endsOn: string;
  reason: string;
}

/**
 * Why a location is closed on a local date ("YYYY-MM-DD"), or undefined when it is not: a public
 * holiday, a municipal closed day (`MM-DD` list, e.g. Grundlovsdag 06-05, 24 and 31 December) or a
 * closure of the location or of all locations.
 */
export function closedReason(
  date: string,
  municipalClosedDays: string[],
  closures: ClosurePeriod[],
): string | undefined {
  const holiday = publicHolidays(Number(date.slice(0, 4))).get(date);
  if (holiday) return holiday;
  if (municipalClosedDays.includes(date.slice(5))) return 'Kommunal lukkedag';
  return closures.find((c) => c.startsOn <= date && date <= c.endsOn)?.reason;
}
