import { DateTime } from 'luxon';
import type { Language } from '../../../../common/i18n/localized.js';
import type {
  AbsenceRow,
  AdviserDetail,
  AdviserSummary,
  WorkingTimeRow,
} from '../../../../staffing/adviser-queries.service.js';
import { dayForPeople, localDateForPeople, timeForPeople } from '../../../page/people-time.js';
import { ADVISERS_TEXTS } from './advisers.texts.js';
import { absencePath, adviserPath } from './people-paths.js';
import { PEOPLE_TEXTS } from './people.texts.js';

/** How the pages name errands and places that the API gives as codes. */
export interface PeopleLookup {
  errand(code: string): string | undefined;
  place(code: string): string | undefined;
}

export interface AdviserRowView {
  href: string;
  name: string;
  email: string;
  status: string;
  errands: string;
  places: string;
}

const names = (codes: string[], name: (code: string) => string | undefined, none: string) =>
  codes.length === 0 ? none : codes.map((code) => name(code) ?? code).join(', ');

export function toAdvisersList(
  advisers: AdviserSummary[],
  lookup: PeopleLookup,
  language: Language,
): AdviserRowView[] {
  const p = PEOPLE_TEXTS[language];
  return advisers.map((adviser) => ({
    href: adviserPath(adviser.id),
    name: adviser.name,
    email: adviser.email,
    status: adviser.active ? p.inUse : p.notInUse,
    errands: names(adviser.errands, (code) => lookup.errand(code), p.none),
    places: names(adviser.locations, (code) => lookup.place(code), p.none),
  }));
}

const isMidnight = (local: DateTime) => local.hour === 0 && local.minute === 0;

/**
 * An absence as people say it: "mandag 7. december" for one whole day, "mandag 7. december –
 * onsdag 9. december" for whole days, "mandag 7. december kl. 10.00–12.00" within a day, else
 * both moments. In the adviser's time zone.
 */
export function absenceText(
  absence: Pick<AbsenceRow, 'startsAt' | 'endsAt'>,
  zone: string,
  language: Language,
  now: Date,
): string {
  const start = DateTime.fromJSDate(absence.startsAt, { zone });
  const end = DateTime.fromJSDate(absence.endsAt, { zone });
  const day = (instant: DateTime) => localDateForPeople(instant.toISODate()!, language, now);
  if (isMidnight(start) && isMidnight(end)) {
    const last = end.minus({ days: 1 });
    const t = ADVISERS_TEXTS[language];
    return last.hasSame(start, 'day') ? t.wholeDay(day(start)) : `${day(start)} – ${day(last)}`;
  }
  const from = `${dayForPeople(absence.startsAt, zone, language, now)}${language === 'da' ? ' kl. ' : ', '}`;
  const [startTime, endTime] = [
    timeForPeople(absence.startsAt, zone, language),
    timeForPeople(absence.endsAt, zone, language),
  ];
  if (end.hasSame(start, 'day')) return `${from}${startTime}–${endTime}`;
  const to = `${dayForPeople(absence.endsAt, zone, language, now)}${language === 'da' ? ' kl. ' : ', '}`;
  return `${from}${startTime} – ${to}${endTime}`;
}

export interface AbsenceRowView {
  href: string;
  adviser: string;
  when: string;
  reason: string;
  /** Where its delete form posts. */
  deleteAction: string;
}

export function toAbsenceRows(
  rows: AbsenceRow[],
  zone: string,
  language: Language,
  now: Date,
): AbsenceRowView[] {
  return rows.map((row) => ({
    href: absencePath(row.adviserId, row.id),
    adviser: row.adviserName,
    when: absenceText(row, zone, language, now),
    reason: row.reason,
    deleteAction: absencePath(row.adviserId, row.id, 'slet'),
  }));
}

export interface TimeRowView {
  weekday: string;
  place: string;
  time: string;
  period: string;
}

/** "hele året" for an open-ended row, else its dates ("fra 1. juli 2027", "1. juli – 14. august 2027"). */
export function periodText(
  row: Pick<WorkingTimeRow, 'validFrom' | 'validTo'>,
  language: Language,
  now: Date,
): string {
  const t = ADVISERS_TEXTS[language];
  const date = (value: string) => localDateForPeople(value, language, now).replace(/^\S+ /, '');
  if (row.validFrom && row.validTo) return `${date(row.validFrom)} – ${date(row.validTo)}`;
  if (row.validFrom) return t.fromDate(date(row.validFrom));
  if (row.validTo) return t.untilDate(date(row.validTo));
  return t.always;
}

export function toTimeRows(
  times: WorkingTimeRow[],
  lookup: PeopleLookup,
  language: Language,
  now: Date,
): TimeRowView[] {
  const p = PEOPLE_TEXTS[language];
  const clock = (value: string) => (language === 'da' ? value.replace(':', '.') : value);
  return times.map((row) => ({
    weekday: p.weekdays[row.weekday - 1],
    place: lookup.place(row.location) ?? row.location,
    time: `${clock(row.starts)}–${clock(row.ends)}`,
    period: periodText(row, language, now),
  }));
}

export interface AdviserPageView {
  name: string;
  email: string;
  status: string;
  errands: string;
  places: string;
  times: TimeRowView[];
  absences: AbsenceRowView[];
  workingTimesHref: string;
  newAbsenceHref: string;
}

export function toAdviserPage(
  detail: AdviserDetail,
  lookup: PeopleLookup,
  language: Language,
  now: Date,
): AdviserPageView {
  const [row] = toAdvisersList([detail], lookup, language);
  return {
    name: detail.name,
    email: detail.email,
    status: row.status,
    errands: row.errands,
    places: row.places,
    times: toTimeRows(detail.times, lookup, language, now),
    absences: toAbsenceRows(detail.absences, detail.timeZone, language, now),
    workingTimesHref: adviserPath(detail.id, 'arbejdstid'),
    newAbsenceHref: adviserPath(detail.id, 'fravaer', 'ny'),
  };
}
