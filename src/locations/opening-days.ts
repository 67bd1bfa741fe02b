import type { Language } from '../common/i18n/localized.js';
import { rowsOn, type WeeklyRow } from '../common/time/weekly-rules.js';
import { type ClosurePeriod, closedHours, closedReason } from './closed-days.js';

export interface OpeningRow extends WeeklyRow {
  /** "HH:mm" or "HH:mm:ss" (PostgreSQL's time). */
  opens: string;
  closes: string;
}

export interface OpeningDay {
  /** Local date, "YYYY-MM-DD". */
  date: string;
  /** Opening intervals, "HH:mm", earliest first; none = closed. */
  hours: { opens: string; closes: string }[];
  /** Why a day the weekly hours would open is closed: a holiday, a closed day or a closure. */
  closed?: string;
}

const weekdayOf = (date: string) => ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;

type Hours = OpeningDay['hours'];

/** Opening intervals with the closed hours cut out ("HH:mm" compare as text). */
export function withoutClosedHours(hours: Hours, cuts: { from: string; to: string }[]): Hours {
  return cuts.reduce<Hours>(
    (open, cut) =>
      open.flatMap((h) => {
        if (cut.to <= h.opens || cut.from >= h.closes) return [h];
        return [
          ...(cut.from > h.opens ? [{ opens: h.opens, closes: cut.from }] : []),
          ...(cut.to < h.closes ? [{ opens: cut.to, closes: h.closes }] : []),
        ];
      }),
    hours,
  );
}

/**
 * The opening hours of one place on each of `dates`, by the same rules as availability: rows with
 * a validity period replace the open-ended ones, holidays and closures close the day, and closures
 * for some hours cut those hours out.
 */
export function openingDays(
  rows: OpeningRow[],
  closures: ClosurePeriod[],
  dates: string[],
  municipalClosedDays: string[],
): OpeningDay[] {
  return dates.map((date) => {
    const hours = rowsOn(rows, date, weekdayOf(date))
      .map((row) => ({ opens: row.opens.slice(0, 5), closes: row.closes.slice(0, 5) }))
      .sort((a, b) => a.opens.localeCompare(b.opens));
    const closed = closedReason(date, municipalClosedDays, closures);
    // A closure on a day that is closed anyway says nothing worth showing.
    if (closed && hours.length > 0) return { date, hours: [], closed };
    const cuts = closedHours(date, closures);
    const left = withoutClosedHours(hours, cuts);
    if (hours.length > 0 && left.length === 0) return { date, hours: [], closed: cuts[0].reason };
    return { date, hours: left };
  });
}

const CLOSED = { da: 'Lukket', en: 'Closed' } as const;

/** "10.00–14.00" / "10:00–14:00"; "Lukket (Juledag)" / "Closed (Juledag)"; "Lukket" / "Closed". */
export function openingText(day: OpeningDay, language: Language): string {
  if (day.hours.length === 0) return day.closed ? `${CLOSED[language]} (${day.closed})` : CLOSED[language];
  const time = (value: string) => (language === 'da' ? value.replace(':', '.') : value);
  return day.hours.map((h) => `${time(h.opens)}–${time(h.closes)}`).join(', ');
}
