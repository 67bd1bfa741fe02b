/** A weekly row (opening hours, working time) valid on some or all dates. Dates are "YYYY-MM-DD". */
export interface WeeklyRow {
  weekday: number;
  validFrom: string | null;
  validTo: string | null;
}

const hasPeriod = (row: WeeklyRow) => row.validFrom !== null || row.validTo !== null;
const covers = (row: WeeklyRow, date: string) =>
  (row.validFrom === null || row.validFrom <= date) && (row.validTo === null || date <= row.validTo);

/**
 * The rows of one owner (a location's opening hours, an adviser's working time) that apply on a
 * date. Rows with a validity period (summer hours, an event day) replace the open-ended rows on
 * every date they cover — so a weekday missing from the summer pattern is closed in the summer.
 */
export function rowsOn<R extends WeeklyRow>(rows: R[], date: string, weekday: number): R[] {
  const periodRows = rows.filter((row) => hasPeriod(row) && covers(row, date));
  const pattern = periodRows.length > 0 ? periodRows : rows.filter((row) => !hasPeriod(row));
  return pattern.filter((row) => row.weekday === weekday);
}

/** A weekly row with its local times ("HH:mm"): opening hours or a shift. */
export interface TimedWeeklyRow extends WeeklyRow {
  from: string;
  to: string;
}

const periodsMeet = (a: WeeklyRow, b: WeeklyRow) =>
  (a.validFrom === null || b.validTo === null || a.validFrom <= b.validTo) &&
  (b.validFrom === null || a.validTo === null || b.validFrom <= a.validTo);

/**
 * The pairs of rows (by index) that would apply on the same date and overlap in time: two rows for
 * one weekday, both open-ended or with periods that meet, whose hours overlap. (A row with a
 * period and an open-ended row never apply on the same date: the first replaces the second.)
 */
export function overlappingRows(rows: TimedWeeklyRow[]): [number, number][] {
  const pairs: [number, number][] = [];
  rows.forEach((a, i) =>
    rows.slice(i + 1).forEach((b, k) => {
      const sameDates = a.weekday === b.weekday && hasPeriod(a) === hasPeriod(b) && periodsMeet(a, b);
      if (sameDates && a.from < b.to && b.from < a.to) pairs.push([i, i + 1 + k]);
    }),
  );
  return pairs;
}
