import type { Language } from '../../../../common/i18n/localized.js';
import { isLocalDate, isLocalTime } from '../../../../common/validation/patterns.js';
import type { WorkingTimeRow } from '../../../../staffing/adviser-queries.service.js';
import type { FieldError } from '../../../page/pages.service.js';
import type { PlaceOption } from './people-page-data.service.js';
import { PEOPLE_TEXTS } from './people.texts.js';
import { WORKING_TIMES_TEXTS } from './working-times.texts.js';

/*
 * An adviser's weekly working time as a form: one fieldset per row (weekday, place, from, until,
 * an optional period), and empty rows to add more without JavaScript. Input names are
 * `r<n>-weekday|location|starts|ends|validFrom|validTo`.
 */

/** Empty rows offered below the typed ones. */
export const EMPTY_ROWS = 3;
/** Rows read from a form (the DTO takes 200; a week at three places fits well inside). */
export const MAX_ROWS = 60;

const FIELDS = ['weekday', 'location', 'starts', 'ends', 'validFrom', 'validTo'] as const;
type Field = (typeof FIELDS)[number];
export type TypedTime = Record<Field, string>;

const blank = (): TypedTime => ({
  weekday: '',
  location: '',
  starts: '',
  ends: '',
  validFrom: '',
  validTo: '',
});
const isBlank = (row: TypedTime) => FIELDS.every((field) => row[field] === '');

export function typedFromRows(rows: WorkingTimeRow[]): TypedTime[] {
  return rows.map((row) => ({
    weekday: String(row.weekday),
    location: row.location,
    starts: row.starts,
    ends: row.ends,
    validFrom: row.validFrom ?? '',
    validTo: row.validTo ?? '',
  }));
}

const NAME = /^r(\d{1,2})-(weekday|location|starts|ends|validFrom|validTo)$/;

export function typedFromForm(body: Record<string, unknown> | undefined): TypedTime[] {
  const rows: TypedTime[] = [];
  for (const [name, value] of Object.entries(body ?? {})) {
    const match = NAME.exec(name);
    if (!match || typeof value !== 'string' || Number(match[1]) >= MAX_ROWS) continue;
    const index = Number(match[1]);
    while (rows.length <= index) rows.push(blank());
    rows[index][match[2] as Field] = value.trim();
  }
  return rows;
}

/** "9.30", "0930", "9:30", "9" → "09:30", "09:00"; anything else as typed (the DTO refuses it). */
export function normaliseTime(typed: string): string {
  const match = /^(\d{1,2})(?:[.:]?(\d{2}))?$/.exec(typed);
  return match ? `${match[1].padStart(2, '0')}:${match[2] ?? '00'}` : typed;
}

export interface TimesRead {
  /** The body of PUT …/working-times (without the location ids resolved). */
  times: Record<string, unknown>[];
  /** The form's row id (`r2`) of each entry in `times`. */
  ids: string[];
  /** Rows filled in only partly. */
  problems: FieldError[];
}

const REQUIRED: [Field, keyof (typeof WORKING_TIMES_TEXTS)['da']][] = [
  ['weekday', 'weekdayMissing'],
  ['location', 'placeMissing'],
  ['starts', 'startsMissing'],
  ['ends', 'endsMissing'],
];

/** The rows the form stands for; empty rows are left out, a row missing a required field is a problem. */
export function readTimes(typed: TypedTime[], language: Language): TimesRead {
  const t = WORKING_TIMES_TEXTS[language];
  const read: TimesRead = { times: [], ids: [], problems: [] };
  typed.forEach((row, index) => {
    if (isBlank(row)) return;
    const missing = REQUIRED.filter(([field]) => row[field] === '');
    for (const [field, text] of missing)
      read.problems.push({ field: `r${index}-${field}`, message: t[text] as string });
    if (missing.length > 0) return;
    read.times.push({
      weekday: /^[1-7]$/.test(row.weekday) ? Number(row.weekday) : row.weekday,
      location: row.location,
      starts: normaliseTime(row.starts),
      ends: normaliseTime(row.ends),
      ...(row.validFrom !== '' && { validFrom: row.validFrom }),
      ...(row.validTo !== '' && { validTo: row.validTo }),
    });
    read.ids.push(`r${index}`);
  });
  return read;
}

/** WorkingTimesDto's problems (`times-3-ends`) at the form's fields (`r5-ends`), in words. */
export function timesErrors(errors: FieldError[], read: TimesRead, language: Language): FieldError[] {
  const t = WORKING_TIMES_TEXTS[language];
  const seen = new Set<string>();
  return errors.flatMap(({ field }) => {
    const match = /^times-(\d+)-(\w+)$/.exec(field);
    const row = match ? read.times[Number(match[1])] : undefined;
    if (!match || !row) return [];
    const id = `${read.ids[Number(match[1])]}-${match[2]}`;
    if (seen.has(id)) return [];
    seen.add(id);
    const value = (name: string) => row[name];
    const messages: Record<string, string> = {
      weekday: t.weekdayMissing,
      location: t.placeMissing,
      starts: t.timeInvalid,
      ends: isLocalTime(value('starts')) && isLocalTime(value('ends')) ? t.endsBeforeStarts : t.timeInvalid,
      validFrom: t.dateInvalid,
      validTo:
        isLocalDate(value('validFrom')) && isLocalDate(value('validTo'))
          ? t.validToBeforeFrom
          : t.dateInvalid,
    };
    return [{ field: id, message: messages[match[2]] ?? t.timeInvalid }];
  });
}

/** OVERLAPPING_WORKING_TIMES' pairs (`[times.0, times.2]`) at the later row of each pair. */
export function overlapErrors(pairs: string[][], read: TimesRead, language: Language): FieldError[] {
  const t = WORKING_TIMES_TEXTS[language];
  const ids = new Set(
    pairs
      .map((pair) => read.ids[Number(/\d+$/.exec(pair[1] ?? '')?.[0] ?? NaN)])
      .filter((id): id is string => id !== undefined),
  );
  return [...ids].map((id) => ({ field: `${id}-starts`, message: t.overlap }));
}

export interface OptionView {
  value: string;
  text: string;
  selected: boolean;
}

export interface FieldView {
  id: string;
  name: string;
  label: string;
  value: string;
}

export interface TimeRowFormView {
  legend: string;
  weekday: FieldView & { options: OptionView[] };
  location: FieldView & { options: OptionView[] };
  starts: FieldView;
  ends: FieldView;
  validFrom: FieldView;
  validTo: FieldView;
}

/** The form's rows: those typed (or stored), then EMPTY_ROWS empty ones (within MAX_ROWS). */
export function timesFormView(
  typed: TypedTime[],
  places: PlaceOption[],
  language: Language,
): TimeRowFormView[] {
  const t = WORKING_TIMES_TEXTS[language];
  const weekdays = PEOPLE_TEXTS[language].weekdays;
  // Trailing empty rows only: an empty row between filled ones keeps its place (and its errors' ids).
  let end = typed.length;
  while (end > 0 && isBlank(typed[end - 1])) end--;
  const kept = typed.slice(0, end);
  const rows = [...kept, ...Array.from({ length: EMPTY_ROWS }, blank)].slice(
    0,
    Math.max(MAX_ROWS, kept.length),
  );
  return rows.map((row, index) => {
    const field = (name: Field, label: string): FieldView => ({
      id: `r${index}-${name}`,
      name: `r${index}-${name}`,
      label,
      value: row[name],
    });
    const choices = places.filter((place) => place.active || place.code === row.location);
    return {
      legend: t.row(index + 1),
      weekday: {
        ...field('weekday', t.weekday),
        options: [
          { value: '', text: t.chooseWeekday, selected: row.weekday === '' },
          ...weekdays.map((day, i) => ({
            value: String(i + 1),
            text: day,
            selected: row.weekday === String(i + 1),
          })),
        ],
      },
      location: {
        ...field('location', t.place),
        options: [
          { value: '', text: t.choosePlace, selected: row.location === '' },
          ...choices.map((place) => ({
            value: place.code,
            text: place.active ? place.name : `${place.name} ${t.notInUse}`,
            selected: row.location === place.code,
          })),
        ],
      },
      starts: field('starts', t.starts),
      ends: field('ends', t.ends),
      validFrom: field('validFrom', t.validFrom),
      validTo: field('validTo', t.validTo),
    };
  });
}
