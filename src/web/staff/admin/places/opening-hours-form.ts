import type { Language } from '../../../../common/i18n/localized.js';
import { isLocalTime } from '../../../../common/validation/patterns.js';
import type { FieldError } from '../../../page/pages.service.js';
import { WEEKDAYS } from './places.texts.js';
import { OPENING_HOURS_TEXTS } from './opening-hours.texts.js';

/*
 * The weekly opening hours as a form: a fieldset per weekday, each with its periods (opens, closes)
 * and one empty period more, so a day can get another period without JavaScript. Input names are
 * `d<weekday>-<period>-opens|closes`.
 */

/** How many periods a day can have in the form (the DTO allows more; nobody opens seven times a day). */
export const MAX_PERIODS = 6;

export interface TypedPeriod {
  opens: string;
  closes: string;
}

/** The periods of Monday (index 0) to Sunday, as stored or as typed. */
export type TypedWeek = TypedPeriod[][];

export interface HoursRow {
  weekday: number;
  opens: string;
  closes: string;
}

const emptyWeek = (): TypedWeek => Array.from({ length: 7 }, () => []);

export function weekFromRows(rows: HoursRow[]): TypedWeek {
  const week = emptyWeek();
  for (const row of [...rows].sort((a, b) => a.opens.localeCompare(b.opens)))
    week[row.weekday - 1].push({ opens: row.opens.slice(0, 5), closes: row.closes.slice(0, 5) });
  return week;
}

const FIELD = /^d([1-7])-(\d)-(opens|closes)$/;

export function weekFromForm(body: Record<string, unknown> | undefined): TypedWeek {
  const week = emptyWeek();
  for (const [name, value] of Object.entries(body ?? {})) {
    const match = FIELD.exec(name);
    if (!match || typeof value !== 'string') continue;
    const [day, period] = [Number(match[1]) - 1, Number(match[2])];
    if (period >= MAX_PERIODS) continue;
    while (week[day].length <= period) week[day].push({ opens: '', closes: '' });
    week[day][period][match[3] as 'opens' | 'closes'] = value.trim();
  }
  return week;
}

/** "9.30", "0930", "9:30", "9" → "09:30", "09:00"; anything else as typed (the DTO refuses it). */
export function normaliseTime(typed: string): string {
  const match = /^(\d{1,2})(?:[.:]?(\d{2}))?$/.exec(typed);
  if (!match) return typed;
  return `${match[1].padStart(2, '0')}:${match[2] ?? '00'}`;
}

export const periodId = (weekday: number, period: number) => `d${weekday}-${period}`;

export interface HoursRead {
  rows: HoursRow[];
  /** The form's id of each row (`d1-0`), by the row's index in `rows`. */
  ids: string[];
  /** Half-filled periods. */
  problems: FieldError[];
}

/** The rows a week as typed stands for; empty periods are left out, half-filled ones are problems. */
export function rowsFromWeek(week: TypedWeek, language: Language): HoursRead {
  const t = OPENING_HOURS_TEXTS[language];
  const read: HoursRead = { rows: [], ids: [], problems: [] };
  week.forEach((periods, day) =>
    periods.forEach(({ opens, closes }, period) => {
      const id = periodId(day + 1, period);
      if (opens === '' && closes === '') return;
      if (opens === '' || closes === '') {
        read.problems.push({ field: `${id}-${opens === '' ? 'opens' : 'closes'}`, message: t.pairMissing });
        return;
      }
      read.rows.push({ weekday: day + 1, opens: normaliseTime(opens), closes: normaliseTime(closes) });
      read.ids.push(id);
    }),
  );
  return read;
}

/** OpeningHoursDto's problems (`hours-3-closes`) at the form's fields (`d2-1-closes`), in words. */
export function hoursErrors(errors: FieldError[], read: HoursRead, language: Language): FieldError[] {
  const t = OPENING_HOURS_TEXTS[language];
  return errors.flatMap(({ field }) => {
    const match = /^hours-(\d+)-(opens|closes)$/.exec(field);
    const row = match ? read.rows[Number(match[1])] : undefined;
    if (!match || !row) return [];
    const which = match[2] as 'opens' | 'closes';
    const wellFormed = isLocalTime(row.opens) && isLocalTime(row.closes);
    const message = which === 'closes' && wellFormed ? t.closesBeforeOpens : t.timeInvalid;
    return [{ field: `${read.ids[Number(match[1])]}-${which}`, message }];
  });
}

/** OVERLAPPING_OPENING_HOURS' pairs (`[hours.0, hours.2]`) at the later period of each pair. */
export function overlapErrors(pairs: string[][], read: HoursRead, language: Language): FieldError[] {
  const t = OPENING_HOURS_TEXTS[language];
  const fields = new Set(
    pairs
      .map((pair) => read.ids[Number(/\d+$/.exec(pair[1] ?? '')?.[0] ?? NaN)])
      .filter((id): id is string => id !== undefined)
      .map((id) => `${id}-opens`),
  );
  return [...fields].map((field) => ({ field, message: t.overlap }));
}

export interface TimeInputView {
  id: string;
  name: string;
  label: string;
  value: string;
}

export interface DayFormView {
  legend: string;
  periods: { opens: TimeInputView; closes: TimeInputView }[];
}

/** The form's fieldsets, each day's periods and one empty one more (up to MAX_PERIODS). */
export function hoursFormView(week: TypedWeek, language: Language): DayFormView[] {
  const t = OPENING_HOURS_TEXTS[language];
  return week.map((typed, day) => {
    const last = typed[typed.length - 1];
    const withEmpty =
      (last === undefined || last.opens !== '' || last.closes !== '') && typed.length < MAX_PERIODS
        ? [...typed, { opens: '', closes: '' }]
        : typed;
    return {
      legend: WEEKDAYS[language][day],
      periods: withEmpty.map((period, index) => {
        const id = periodId(day + 1, index);
        return {
          opens: { id: `${id}-opens`, name: `${id}-opens`, label: t.opens(index), value: period.opens },
          closes: { id: `${id}-closes`, name: `${id}-closes`, label: t.closes(index), value: period.closes },
        };
      }),
    };
  });
}
