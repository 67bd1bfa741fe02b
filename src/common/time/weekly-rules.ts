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
