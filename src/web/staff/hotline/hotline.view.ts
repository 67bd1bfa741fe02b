import { formatReference } from '../../../bookings/booking-secrets.js';
import type { BookingStatus, CallbackOutcome } from '../../../bookings/entities/booking.entity.js';
import type { Language, Localized } from '../../../common/i18n/localized.js';
import { momentForPeople, timeForPeople } from '../../page/people-time.js';
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
  /** Booked: "Ring op" (and the outcome form is not shown yet). */
  canStart: boolean;
  /** In progress: the outcome form. */
  canEnd: boolean;
  /** Ended with "needs a visit": the visit can be booked from the call. */
  needsVisit: boolean;
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
    canStart: callback.status === 'booked',
    canEnd: callback.status === 'in_progress',
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
