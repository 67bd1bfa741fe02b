import type { Language } from '../../../../common/i18n/localized.js';
import type {
  ClosureRow,
  LocationDetail,
  LocationSummary,
} from '../../../../locations/location-queries.service.js';
import { localDateForPeople } from '../../../page/people-time.js';
import { PLACES_TEXTS, WEEKDAYS } from './places.texts.js';

export const PLACES_PATH = '/staff/admin/steder';

/** A path under one place's page: placePath('NORD', 'lukninger', 'ny'). */
export function placePath(code: string, ...rest: string[]): string {
  return [PLACES_PATH, encodeURIComponent(code), ...rest.map(encodeURIComponent)].join('/');
}

export interface PlaceRowView {
  code: string;
  name: string;
  href: string;
  address: string;
  status: string;
  stations: string;
  closures: number;
}

export function toPlacesList(summaries: LocationSummary[], language: Language): PlaceRowView[] {
  const t = PLACES_TEXTS[language];
  return summaries.map(({ location, stations, activeStations, upcomingClosures }) => ({
    code: location.code,
    name: location.name,
    href: placePath(location.code),
    address: location.address,
    status: location.active ? t.inUse : t.notInUse,
    stations: t.stationCount(activeStations, stations),
    closures: upcomingClosures,
  }));
}

interface TimedRow {
  weekday: number;
  opens: string;
  closes: string;
}

/** "09.00–12.00, 13.00–17.30" / "09:00–12:00, 13:00–17:30"; "Lukket" / "Closed" with none. */
export function hoursText(rows: TimedRow[], language: Language): string {
  if (rows.length === 0) return PLACES_TEXTS[language].closed;
  const time = (value: string) =>
    language === 'da' ? value.slice(0, 5).replace(':', '.') : value.slice(0, 5);
  return [...rows]
    .sort((a, b) => a.opens.localeCompare(b.opens))
    .map((row) => `${time(row.opens)}–${time(row.closes)}`)
    .join(', ');
}

export interface DayHoursView {
  day: string;
  hours: string;
}

/** Monday to Sunday, each with its hours (or closed). */
export function weekView(rows: TimedRow[], language: Language): DayHoursView[] {
  return WEEKDAYS[language].map((day, index) => ({
    day,
    hours: hoursText(
      rows.filter((row) => row.weekday === index + 1),
      language,
    ),
  }));
}

/** "12.00" / "12:00" from PostgreSQL's "12:00:00". */
const clock = (time: string, language: Language) =>
  language === 'da' ? time.slice(0, 5).replace(':', '.') : time.slice(0, 5);

/** "onsdag 9. december" or "onsdag 9. december – torsdag 10. december". */
export function datesText(startsOn: string, endsOn: string, language: Language, now: Date): string {
  const first = localDateForPeople(startsOn, language, now);
  return startsOn === endsOn ? first : `${first} – ${localDateForPeople(endsOn, language, now)}`;
}

export interface ClosureView {
  id: string;
  dates: string;
  where: string;
  reason: string;
  deleteAction: string;
  deleteLabel: string;
}

export function toClosureViews(
  code: string,
  closures: ClosureRow[],
  language: Language,
  now: Date,
): ClosureView[] {
  const t = PLACES_TEXTS[language];
  return closures.map(({ closure, location }) => {
    const days = datesText(closure.startsOn, closure.endsOn, language, now);
    const { closedFrom: from, closedTo: to } = closure;
    const dates = from && to ? `${days}, ${t.someHours(clock(from, language), clock(to, language))}` : days;
    return {
      id: closure.id,
      dates,
      where: location ? t.here : t.everywhere,
      reason: closure.reason,
      deleteAction: placePath(code, 'lukninger', closure.id, 'slet'),
      deleteLabel: t.deleteClosureLabel(dates),
    };
  });
}

export interface StationRowView {
  name: string;
  errands: string;
  status: string;
  editHref: string;
}

export interface PeriodView {
  title: string;
  week: DayHoursView[];
}

export interface LocationPageView {
  code: string;
  name: string;
  active: boolean;
  /** The phone desk: no stations is how it should be. */
  hotline: boolean;
  details: { key: string; value: string }[];
  stations: StationRowView[];
  week: DayHoursView[];
  periods: PeriodView[];
  closures: ClosureView[];
  links: { addStation: string; editHours: string; addClosure: string };
}

type Row = LocationDetail['openingHours'][number];

/** The rows with a validity period, grouped by period in the order given. */
function periodsOf(rows: Row[], language: Language, now: Date): PeriodView[] {
  const t = PLACES_TEXTS[language];
  const groups = new Map<string, Row[]>();
  for (const row of rows.filter((r) => r.validFrom !== null || r.validTo !== null)) {
    const key = `${row.validFrom ?? ''}|${row.validTo ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values()].map((group) => {
    const { validFrom, validTo } = group[0];
    const from = validFrom ? localDateForPeople(validFrom, language, now) : t.noStart;
    const to = validTo ? localDateForPeople(validTo, language, now) : t.openEnded;
    return { title: t.period(from, to), week: weekView(group, language) };
  });
}

export function toLocationPage(
  detail: LocationDetail,
  closures: ClosureRow[],
  language: Language,
  now: Date,
): LocationPageView {
  const t = PLACES_TEXTS[language];
  const { location } = detail;
  return {
    code: location.code,
    name: location.name,
    active: location.active,
    hotline: location.kind === 'hotline',
    details: [
      { key: t.code, value: location.code },
      { key: t.kind, value: t.kinds[location.kind] },
      { key: t.address, value: location.address },
      { key: t.directions, value: location.directions[language] ?? t.noDirections },
      { key: t.status, value: location.active ? t.inUse : t.notInUse },
      { key: t.timeZone, value: location.timeZone },
      { key: t.slotMinutes, value: t.minutes(location.slotMinutes) },
    ],
    stations: detail.stations.map((station) => ({
      name: station.name,
      errands: station.errands.map((errand) => errand.name[language]).join(', ') || t.noErrands,
      status: station.active ? t.inUse : t.notInUse,
      editHref: placePath(location.code, 'stationer', station.id),
    })),
    week: weekView(
      detail.openingHours.filter((row) => row.validFrom === null && row.validTo === null),
      language,
    ),
    periods: periodsOf(detail.openingHours, language, now),
    closures: toClosureViews(location.code, closures, language, now),
    links: {
      addStation: placePath(location.code, 'stationer', 'ny'),
      editHours: placePath(location.code, 'aabningstider'),
      addClosure: placePath(location.code, 'lukninger', 'ny'),
    },
  };
}

export interface NoticeView {
  text: string;
  cancelled?: string;
}

/** The message after a saved change (`?besked=…&aflyst=N`); unknown keys show nothing. */
export function noticeFrom(query: Record<string, unknown>, language: Language): NoticeView | undefined {
  const t = PLACES_TEXTS[language];
  const key = typeof query.besked === 'string' ? query.besked : '';
  const text = Object.hasOwn(t.notices, key) ? t.notices[key] : undefined;
  if (!text) return undefined;
  const count =
    typeof query.aflyst === 'string' && /^[1-9]\d{0,4}$/.test(query.aflyst) ? Number(query.aflyst) : 0;
  return { text, ...(count > 0 && { cancelled: t.cancelledNotice(count) }) };
}

/** The query of the redirect after a saved change: its message, and how many visits it cancelled. */
export function noticeQuery(key: string, cancelled: number): Record<string, string | undefined> {
  return { besked: key, aflyst: cancelled > 0 ? String(cancelled) : undefined };
}
