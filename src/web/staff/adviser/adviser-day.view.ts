import { DateTime } from 'luxon';
import { formatReference, normalizeReference } from '../../../bookings/booking-secrets.js';
import type { BookingStatus, Visit } from '../../../bookings/entities/booking.entity.js';
import type { Language } from '../../../common/i18n/localized.js';
import type { TriageSession } from '../../../errands/entities/triage-session.entity.js';
import type { AdviserDay } from '../../../visits/adviser-day.service.js';
import { localDateForPeople, timeForPeople } from '../../page/people-time.js';
import { type TriageAnswersView, toTriageAnswersView } from '../shared/triage-answers.view.js';
import { ADVISER_DAY_TEXTS } from './adviser-day.texts.js';

/** What the adviser can do with a visit on its day, as the transition table allows it. */
export type VisitButton = 'call' | 'start' | 'no_show' | 'undo_no_show' | 'complete';

/** The URL segment of each action (POST /staff/raadgiver/besoeg/{reference}/{segment}). */
export const ACTION_SEGMENTS = {
  call: 'kald',
  start: 'start',
  no_show: 'udeblevet',
  undo_no_show: 'kom-alligevel',
  complete: 'afslut',
} as const satisfies Record<VisitButton, string>;

/**
 * The buttons each status shows on the visit's own day. A no-show is offered from the booking on,
 * and the rule "not before the visit's time has begun" answers when it is pressed too early: the
 * domain decides, the page does not second-guess it. Other days are for reading.
 */
const BUTTONS: Record<BookingStatus, VisitButton[]> = {
  booked: ['no_show'],
  checked_in: ['call', 'start', 'no_show'],
  called: ['call', 'start', 'no_show'],
  in_progress: ['complete'],
  completed: [],
  no_show: ['undo_no_show'],
  cancelled: [],
};

export interface VisitCardView {
  /** As people read it: K7NP-A4TX. */
  reference: string;
  /** For element ids and URLs: K7NPA4TX. */
  key: string;
  time: string;
  errand: string;
  citizen: string;
  status: BookingStatus;
  statusText: string;
  queueNumber: string | null;
  station: string;
  place: string;
  walkIn: boolean;
  documents: string[];
  triage?: TriageAnswersView;
  buttons: { action: VisitButton; segment: string; label: string; id: string; primary: boolean }[];
  outcome?: string;
  canDoAlone?: string;
}

export interface AdviserDayView {
  date: string;
  dateLabel: string;
  isToday: boolean;
  previous: string;
  next: string;
  waiting: number;
  workingTime: { time: string; place: string }[];
  away: { time: string; reason: string }[];
  closed: { place: string; reason: string }[];
  visits: VisitCardView[];
}

export interface DayContext {
  language: Language;
  /** Today's local date (Europe/Copenhagen). */
  today: string;
  now: Date;
  /** The visits' triages by id (the citizen's answers). */
  triages: ReadonlyMap<string, TriageSession>;
}

const addDays = (date: string, days: number) =>
  DateTime.fromISO(date, { zone: 'utc' }).plus({ days }).toISODate()!;

const range = (from: Date, to: Date, zone: string, language: Language) =>
  `${timeForPeople(from, zone, language)}–${timeForPeople(to, zone, language)}`;

/** A button's element id: the error summary links there when the action is refused. */
export function buttonId(action: VisitButton, key: string): string {
  return `${ACTION_SEGMENTS[action]}-${key}`;
}

function buttonsOf(visit: Visit, isToday: boolean, language: Language): VisitCardView['buttons'] {
  if (!isToday) return [];
  const t = ADVISER_DAY_TEXTS[language];
  const key = normalizeReference(visit.reference);
  const labels: Record<VisitButton, string> = {
    call: visit.status === 'called' ? t.callAgain : t.call,
    start: t.start,
    no_show: t.noShow,
    undo_no_show: t.undoNoShow,
    complete: t.complete,
  };
  return BUTTONS[visit.status].map((action) => ({
    action,
    segment: ACTION_SEGMENTS[action],
    label: labels[action],
    id: buttonId(action, key),
    // One main button: call a waiting citizen, start with one who was called.
    primary:
      (action === 'call' && visit.status === 'checked_in') ||
      (action === 'start' && visit.status === 'called'),
  }));
}

/** One visit as the adviser reads it between two citizens. */
export function toVisitCard(visit: Visit, isToday: boolean, context: DayContext): VisitCardView {
  const { language } = context;
  const t = ADVISER_DAY_TEXTS[language];
  const zone = visit.location.timeZone;
  const triage = context.triages.get(visit.triageId);
  return {
    reference: formatReference(visit.reference),
    key: normalizeReference(visit.reference),
    time: range(visit.startsAt, visit.endsAt, zone, language),
    errand: visit.errand.name[language],
    citizen: visit.citizenName ?? t.noName,
    status: visit.status,
    statusText: t.statuses[visit.status],
    queueNumber: visit.queueNumber === null ? null : String(visit.queueNumber),
    station: visit.station.name,
    place: visit.location.name,
    walkIn: visit.source === 'walk_in',
    documents: visit.errand.documents[language],
    triage: triage && toTriageAnswersView(triage, language),
    buttons: buttonsOf(visit, isToday, language),
    outcome: visit.outcome ? t.outcomes[visit.outcome] : undefined,
    canDoAlone: visit.canDoAloneNextTime === null ? undefined : visit.canDoAloneNextTime ? t.yes : t.no,
  };
}

/** The adviser's day: where and when they work, what keeps them away, and every visit in time order. */
export function toAdviserDayView(day: AdviserDay, context: DayContext): AdviserDayView {
  const { language } = context;
  const t = ADVISER_DAY_TEXTS[language];
  const isToday = day.date === context.today;
  const dayLength = (a: { starts: Date; ends: Date }) => a.ends.getTime() - a.starts.getTime();
  return {
    date: day.date,
    dateLabel: localDateForPeople(day.date, language, context.now),
    isToday,
    previous: addDays(day.date, -1),
    next: addDays(day.date, 1),
    waiting: day.visits.filter((visit) => visit.status === 'checked_in').length,
    workingTime: day.workingTime.map((period) => ({
      time: range(period.starts, period.ends, period.location.timeZone, language),
      place: period.location.name,
    })),
    away: day.away.map((absence) => ({
      // Clipped to the day: a whole day is at least 23 hours (the shorter daylight-saving day).
      time:
        dayLength(absence) >= 23 * 3_600_000
          ? t.wholeDay
          : range(absence.starts, absence.ends, 'Europe/Copenhagen', language),
      reason: absence.reason,
    })),
    closed: day.closed.map((closed) => ({ place: closed.location.name, reason: closed.reason })),
    visits: day.visits.map((visit) => toVisitCard(visit, isToday, context)),
  };
}
