import { formatReference } from '../../../bookings/booking-secrets.js';
import { possibleFrom } from '../../../bookings/booking-transitions.js';
import type { BookingStatus, CallbackOutcome } from '../../../bookings/entities/booking.entity.js';
import type { Language, Localized } from '../../../common/i18n/localized.js';
import { dayForPeople, momentForPeople, timeForPeople } from '../../page/people-time.js';
import { HOTLINE_TEXTS } from './hotline.texts.js';

/** What the list and the call page need of a callback (the entity with its errand fits). */
export interface CallbackLike {
  reference: string;
  status: BookingStatus;
  startsAt: Date;
  endsAt: Date;
  citizenName: string | null;
  citizenPhone: string | null;
  citizenEmail: string | null;
  callAttempts: number;
  lastCallAt: Date | null;
  outcome: string | null;
  guidanceOption: string | null;
  errand: { name: Localized };
  adviser: { name: string };
  location: { name: string; timeZone: string };
}

export interface CallbackRow {
  reference: string;
  key: string;
  state: BookingStatus;
  time: string;
  errand: string;
  name: string;
  phone?: { text: string; tel: string };
  status: string;
  /** A second try after no answer: "Prøv igen" with the time of the last try. */
  retry?: string;
  attempts: string;
  href: string;
}

/** The number as a `tel:` URI: digits and a leading + only. */
export function telHref(phone: string): string {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/[^0-9]/g, '');
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${digits}`;
}

export const callPath = (reference: string) =>
  `/staff/hotline/opkald/${formatReference(reference.replace('-', ''))}`;

function statusOf(callback: CallbackLike, language: Language): string {
  const t = HOTLINE_TEXTS[language];
  if (callback.status === 'completed' && callback.outcome && Object.hasOwn(t.outcomes, callback.outcome))
    return `${t.statuses.completed}: ${t.outcomes[callback.outcome as CallbackOutcome]}`;
  return t.statuses[callback.status];
}

function retryOf(callback: CallbackLike, language: Language): string | undefined {
  if (callback.status !== 'booked' || callback.callAttempts === 0 || !callback.lastCallAt) return undefined;
  const t = HOTLINE_TEXTS[language];
  return `${t.retry} (${t.lastTry(timeForPeople(callback.lastCallAt, callback.location.timeZone, language))})`;
}

/** The day's callbacks as the list shows them, in the order given (time order). */
export function toCallbackRows(callbacks: CallbackLike[], language: Language): CallbackRow[] {
  const t = HOTLINE_TEXTS[language];
  return callbacks.map((callback) => {
    const zone = callback.location.timeZone;
    const reference = formatReference(callback.reference);
    return {
      reference,
      key: callback.reference,
      state: callback.status,
      time: `${timeForPeople(callback.startsAt, zone, language)}–${timeForPeople(callback.endsAt, zone, language)}`,
      errand: callback.errand.name[language],
      name: callback.citizenName ?? t.noName,
      phone: callback.citizenPhone
        ? { text: callback.citizenPhone, tel: telHref(callback.citizenPhone) }
        : undefined,
      status: statusOf(callback, language),
      retry: retryOf(callback, language),
      attempts: t.attemptsText(callback.callAttempts),
      href: callPath(callback.reference),
    };
  });
}

export interface GuidanceChoice {
  key: string;
  title: string;
  url: string | null;
}

export interface CallView extends CallbackRow {
  moment: string;
  email?: string;
  adviser: string;
  place: string;
  outcome?: string;
  guidedTo?: string;
  /** Booked, on the call's own day: "Ring op" (and the outcome form is not shown yet). */
  canStart: boolean;
  /** Booked but not startable now: from when it is, or that its day has passed. */
  startFrom?: string;
  /** When "Intet svar" becomes possible (the booked time), or the second try is due; absent when now. */
  noAnswerFrom?: string;
  /** Booked and not begun: the call can be cancelled or moved for the citizen. */
  canChange: boolean;
  /** In progress: the outcome form. */
  canEnd: boolean;
  /** Ended with "needs a visit": the visit can be booked from the call. */
  needsVisit: boolean;
}

/** A moment on the page: the time alone on the call's own day, else with the day. */
function momentOf(instant: Date, callback: CallbackLike, language: Language, now: Date): string {
  const zone = callback.location.timeZone;
  return dayOf(instant, zone) === dayOf(now, zone)
    ? `${language === 'da' ? 'kl. ' : ''}${timeForPeople(instant, zone, language)}`
    : momentForPeople(instant, zone, language, now);
}

const dayOf = (instant: Date, zone: string) => instant.toLocaleDateString('en-CA', { timeZone: zone });

/**
 * What the time rules allow now (the same rules the status change checks): "Ring op" on the call's
 * day only; "Intet svar" from the booked time; the second try SECOND_TRY_AFTER_MINUTES after the first.
 */
function whenPossible(
  callback: CallbackLike,
  language: Language,
  now: Date,
): Pick<CallView, 'canStart' | 'startFrom' | 'noAnswerFrom'> {
  const t = HOTLINE_TEXTS[language];
  const zone = callback.location.timeZone;
  const open = callback.status === 'booked' || callback.status === 'in_progress';
  if (!open || callback.callAttempts > 1) return { canStart: false };
  const action = callback.callAttempts === 0 ? 'no_answer' : 'no_answer_final';
  const noAnswer = possibleFrom(action, callback, now, zone);
  const noAnswerFrom =
    noAnswer && noAnswer.getTime() > now.getTime()
      ? (action === 'no_answer' ? t.noAnswerFrom : t.secondTryFrom)(
          momentOf(noAnswer, callback, language, now),
        )
      : undefined;
  if (callback.status !== 'booked') return { canStart: false, noAnswerFrom };
  const start = possibleFrom('start_call', callback, now, zone);
  if (start === null) return { canStart: false, startFrom: t.dayPassed, noAnswerFrom };
  if (start.getTime() > now.getTime())
    return {
      canStart: false,
      startFrom: t.startFrom(dayForPeople(start, zone, language, now)),
      noAnswerFrom,
    };
  return { canStart: true, noAnswerFrom };
}

/** One callback as its page shows it, with what can be done now. */
export function toCallView(
  callback: CallbackLike,
  options: GuidanceChoice[],
  language: Language,
  now: Date,
): CallView {
  const [row] = toCallbackRows([callback], language);
  const t = HOTLINE_TEXTS[language];
  const guided = options.find((option) => option.key === callback.guidanceOption);
  return {
    ...row,
    moment: momentForPeople(callback.startsAt, callback.location.timeZone, language, now),
    email: callback.citizenEmail ?? undefined,
    adviser: callback.adviser.name,
    place: callback.location.name,
    outcome:
      callback.outcome && Object.hasOwn(t.outcomes, callback.outcome)
        ? t.outcomes[callback.outcome as CallbackOutcome]
        : undefined,
    guidedTo: callback.guidanceOption ? (guided?.title ?? callback.guidanceOption) : undefined,
    ...whenPossible(callback, language, now),
    canEnd: callback.status === 'in_progress',
    canChange: callback.status === 'booked' && callback.startsAt.getTime() > now.getTime(),
    needsVisit: callback.status === 'completed' && callback.outcome === 'needs_visit',
  };
}

/** The outcome radios in the order the adviser meets them. */
export const OUTCOME_CHOICES: CallbackOutcome[] = [
  'solved_on_phone',
  'sent_to_self_service',
  'needs_visit',
  'no_answer',
];
