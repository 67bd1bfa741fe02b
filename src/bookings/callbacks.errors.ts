import { DateTime } from 'luxon';
import { DomainError } from '../common/errors/domain-error.js';
import type { Localized } from '../common/i18n/localized.js';
import type { CallbackAction } from './booking-transitions.js';
import type { BookingStatus } from './entities/booking.entity.js';

/** A callback cannot take the requested step from its current status (or it is not a callback). */
export class CallbackStateConflictError extends DomainError {
  readonly code = 'CALLBACK_STATE_CONFLICT';
  readonly kind = 'conflict';

  constructor(reference: string, status: BookingStatus | 'visit', action: CallbackAction | 'cancel') {
    const is = STATUS_NAMES[status] ?? { da: String(status), en: String(status) };
    const step = ACTION_NAMES[action] ?? { da: String(action), en: String(action) };
    super(
      {
        da: `Opkaldet er ${is.da} og kan ikke ${step.da}.`,
        en: `The callback is ${is.en} and cannot be ${step.en}.`,
      },
      { reference, status, action: action.replace(/_/g, '-') },
    );
  }
}

/** Statuses and steps in words, so a refusal reads as one language. */
const STATUS_NAMES: Record<BookingStatus | 'visit', Localized> = {
  booked: { da: 'ikke startet', en: 'not started' },
  checked_in: { da: 'tjekket ind', en: 'checked in' },
  called: { da: 'kaldt op', en: 'called' },
  in_progress: { da: 'i gang', en: 'in progress' },
  completed: { da: 'afsluttet', en: 'completed' },
  no_show: { da: 'meldt udeblevet', en: 'a no-show' },
  cancelled: { da: 'aflyst', en: 'cancelled' },
  visit: { da: 'et besøg, ikke et opkald,', en: 'a visit, not a callback,' },
};

const ACTION_NAMES: Record<CallbackAction | 'cancel', Localized> = {
  cancel: { da: 'aflyses', en: 'cancelled' },
  start_call: { da: 'startes', en: 'started' },
  record_outcome: { da: 'afsluttes', en: 'completed' },
  no_answer: { da: 'markeres som ubesvaret', en: 'marked as not answered' },
  no_answer_final: { da: 'markeres som ubesvaret', en: 'marked as not answered' },
};

/** "onsdag 25. november kl. 11.00" / "11:00 on Wednesday 25 November", in the place's zone. */
function when(instant: Date, zone: string): Localized {
  const at = DateTime.fromJSDate(instant, { zone });
  if (!at.isValid) return { da: '…', en: '…' };
  return {
    da: `${at.setLocale('da').toFormat('cccc d. LLLL')} kl. ${at.toFormat('HH.mm')}`,
    en: `${at.toFormat('HH:mm')} on ${at.setLocale('en-GB').toFormat('cccc d LLLL')}`,
  };
}

/**
 * A callback's step is refused because of the time: a call is started on its own day, marked as
 * not answered only from the booked time (the citizen expects us then), and tried the second time
 * SECOND_TRY_AFTER_MINUTES after the first. Says when the step becomes possible.
 */
export class CallbackTooEarlyError extends DomainError {
  readonly code = 'CALLBACK_TOO_EARLY';
  readonly kind = 'conflict';

  constructor(reference: string, action: CallbackAction, possibleFrom: Date, zone: string) {
    const step = ACTION_NAMES[action] ?? { da: String(action), en: String(action) };
    const at = when(possibleFrom, zone);
    super(
      {
        da: `Opkaldet kan først ${step.da} ${at.da}.`,
        en: `The callback cannot be ${step.en} before ${at.en}.`,
      },
      { reference, action: action.replace(/_/g, '-'), possibleFrom: possibleFrom.toISOString() },
    );
  }
}

/** The callback's day has passed: it can no longer be started (mark it unanswered, move or cancel it). */
export class CallbackDayPassedError extends DomainError {
  readonly code = 'CALLBACK_DAY_PASSED';
  readonly kind = 'conflict';

  constructor(reference: string, startsAt: Date) {
    super(
      {
        da: 'Opkaldets dag er gået, så det kan ikke startes. Marker det som ubesvaret.',
        en: 'The callback’s day has passed, so it cannot be started. Mark it as not answered.',
      },
      { reference, start: startsAt.toISOString() },
    );
  }
}
