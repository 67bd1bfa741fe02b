import { DomainError } from '../common/errors/domain-error.js';
import type { Localized } from '../common/i18n/localized.js';
import type { CallbackAction } from './booking-transitions.js';
import type { BookingStatus } from './entities/booking.entity.js';

/** A callback cannot take the requested step from its current status (or it is not a callback). */
export class CallbackStateConflictError extends DomainError {
  readonly code = 'CALLBACK_STATE_CONFLICT';
  readonly kind = 'conflict';

  constructor(reference: string, status: BookingStatus | 'visit', action: CallbackAction) {
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

const ACTION_NAMES: Record<CallbackAction, Localized> = {
  start_call: { da: 'startes', en: 'started' },
  record_outcome: { da: 'afsluttes', en: 'completed' },
  no_answer: { da: 'markeres som ubesvaret', en: 'marked as not answered' },
  no_answer_final: { da: 'markeres som ubesvaret', en: 'marked as not answered' },
};
