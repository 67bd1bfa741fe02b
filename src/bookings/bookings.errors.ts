import { DomainError } from '../common/errors/domain-error.js';
import type { Localized } from '../common/i18n/localized.js';
import type { VisitAction } from './booking-transitions.js';
import type { BookingStatus } from './entities/booking.entity.js';

/** Unknown reference and wrong token answer alike, so a reference alone reveals nothing. */
export class BookingNotFoundError extends DomainError {
  readonly code = 'BOOKING_NOT_FOUND';
  readonly kind = 'not_found';

  constructor() {
    super({
      da: 'Bookingen findes ikke, eller linket er forkert.',
      en: 'The booking does not exist, or the link is wrong.',
    });
  }
}

export class IdempotencyKeyRequiredError extends DomainError {
  readonly code = 'IDEMPOTENCY_KEY_REQUIRED';
  readonly kind = 'invalid';

  constructor() {
    super({
      da: 'Send en Idempotency-Key-header (1-200 tegn), så en gentaget forespørgsel ikke booker to gange.',
      en: 'Send an Idempotency-Key header (1-200 characters), so that a repeated request does not book twice.',
    });
  }
}

export class IdempotencyKeyReusedError extends DomainError {
  readonly code = 'IDEMPOTENCY_KEY_REUSED';
  readonly kind = 'unprocessable';

  constructor() {
    super({
      da: 'Idempotency-Key er allerede brugt til en anden forespørgsel.',
      en: 'The Idempotency-Key was already used for a different request.',
    });
  }
}

export class TriageAlreadyBookedError extends DomainError {
  readonly code = 'TRIAGE_ALREADY_BOOKED';
  readonly kind = 'conflict';

  constructor(triage: string) {
    super(
      {
        da: 'Der er allerede booket en tid til denne visitation. Flyt eller aflys den i stedet.',
        en: 'A time is already booked for this triage. Reschedule or cancel it instead.',
      },
      { triage },
    );
  }
}

export class TooManyBookingsError extends DomainError {
  readonly code = 'TOO_MANY_BOOKINGS';
  readonly kind = 'conflict';

  constructor(limit: number) {
    super(
      {
        da: `Der er allerede ${limit} kommende bookinger med denne e-mail eller dette telefonnummer.`,
        en: `There are already ${limit} upcoming bookings with this e-mail or phone number.`,
      },
      { limit },
    );
  }
}

export class BookingCancelledError extends DomainError {
  readonly code = 'BOOKING_CANCELLED';
  readonly kind = 'conflict';

  constructor(reference: string) {
    super({ da: 'Bookingen er aflyst.', en: 'The booking is cancelled.' }, { reference });
  }
}

export class BookingStartedError extends DomainError {
  readonly code = 'BOOKING_IN_PAST';
  readonly kind = 'conflict';

  constructor(reference: string) {
    super(
      {
        da: 'Tiden er begyndt eller overstået og kan ikke ændres. Kontakt Borgerservice.',
        en: 'The time has started or passed and cannot be changed. Please contact Borgerservice.',
      },
      { reference },
    );
  }
}

/** A visit cannot go from its current status to the requested one. */
export class VisitStateConflictError extends DomainError {
  readonly code = 'VISIT_STATE_CONFLICT';
  readonly kind = 'conflict';

  constructor(reference: string, status: BookingStatus, action: VisitAction) {
    const is = STATUS_NAMES[status] ?? { da: String(status), en: String(status) };
    const step = ACTION_NAMES[action] ?? { da: String(action), en: String(action) };
    super(
      {
        da: `Besøget er ${is.da} og kan ikke ${step.da}.`,
        en: `The visit is ${is.en} and cannot be ${step.en}.`,
      },
      { reference, status, action: action.replace(/_/g, '-') },
    );
  }
}

/** Statuses and steps in words, so a refusal reads as one language. */
const STATUS_NAMES: Record<BookingStatus, Localized> = {
  booked: { da: 'booket', en: 'booked' },
  checked_in: { da: 'tjekket ind', en: 'checked in' },
  called: { da: 'kaldt op', en: 'called' },
  in_progress: { da: 'i gang', en: 'in progress' },
  completed: { da: 'afsluttet', en: 'completed' },
  no_show: { da: 'meldt udeblevet', en: 'a no-show' },
  cancelled: { da: 'aflyst', en: 'cancelled' },
};

const ACTION_NAMES: Record<VisitAction, Localized> = {
  check_in: { da: 'tjekkes ind', en: 'checked in' },
  call: { da: 'kaldes op', en: 'called' },
  start: { da: 'begynde', en: 'started' },
  complete: { da: 'afsluttes', en: 'completed' },
  no_show: { da: 'meldes udeblevet', en: 'marked as a no-show' },
  undo_no_show: { da: 'genåbnes', en: 'reopened' },
  cancel: { da: 'aflyses', en: 'cancelled' },
};

/** Nobody is a no-show before their time has begun. */
export class VisitNotStartedError extends DomainError {
  readonly code = 'VISIT_NOT_STARTED';
  readonly kind = 'conflict';

  constructor(reference: string, startsAt: Date) {
    super(
      {
        da: 'Besøget er ikke begyndt endnu og kan ikke markeres som udeblevet.',
        en: 'The visit has not begun yet and cannot be marked as a no-show.',
      },
      { reference, start: startsAt.toISOString() },
    );
  }
}

/** A no-show can be undone (the citizen came after all) on the day of the visit only. */
export class NoShowFinalError extends DomainError {
  readonly code = 'NO_SHOW_FINAL';
  readonly kind = 'conflict';

  constructor(reference: string) {
    super(
      {
        da: 'En udeblivelse kan kun fortrydes samme dag som besøget.',
        en: 'A no-show can only be undone on the day of the visit.',
      },
      { reference },
    );
  }
}

/** A booking as a refused or cancelling schedule change lists it. */
export interface AffectedBooking {
  reference: string;
  start: string;
  location: string;
  errand: string;
  status: string;
}

/** The change would leave existing bookings outside opening hours, working time or stations. */
export class ChangeAffectsBookingsError extends DomainError {
  readonly code = 'CHANGE_AFFECTS_BOOKINGS';
  readonly kind = 'conflict';

  constructor(bookings: AffectedBooking[]) {
    super(
      {
        da: `Ændringen rammer ${bookings.length} booking(er). Flyt dem, eller gentag med cancelBookings: true for at aflyse dem.`,
        en: `The change affects ${bookings.length} booking(s). Move them, or repeat with cancelBookings: true to cancel them.`,
      },
      { bookings },
    );
  }
}

/** Booking needs a solved challenge (GET /bookings/challenge) unless ALTCHA_ENABLED is false. */
export class ChallengeRequiredError extends DomainError {
  readonly code = 'CHALLENGE_REQUIRED';
  readonly kind = 'invalid';

  constructor() {
    super(
      {
        da: 'Løs en udfordring fra GET /bookings/challenge, og send løsningen i headeren Altcha.',
        en: 'Solve a challenge from GET /bookings/challenge and send the solution in the Altcha header.',
      },
      { header: 'Altcha', challenge: '/bookings/challenge' },
    );
  }
}

/** Not a solution of a challenge this API signed, or the challenge has expired. */
export class ChallengeInvalidError extends DomainError {
  readonly code = 'CHALLENGE_INVALID';
  readonly kind = 'unprocessable';

  constructor(problem: 'malformed' | 'expired' | 'signature' | 'solution') {
    super(
      {
        da: `Løsningen på udfordringen gælder ikke (${problem}). Hent en ny udfordring, og løs den.`,
        en: `The challenge solution is not valid (${problem}). Get a new challenge and solve it.`,
      },
      { problem },
    );
  }
}

/** Each challenge books once, on whichever API instance. */
export class ChallengeUsedError extends DomainError {
  readonly code = 'CHALLENGE_USED';
  readonly kind = 'conflict';

  constructor() {
    super({
      da: 'Udfordringen er allerede brugt. Hent en ny til hver booking.',
      en: 'The challenge has already been used. Get a new one for each booking.',
    });
  }
}

/** The hotline calls the citizen: a callback cannot be booked without the number to call. */
export class CallbackPhoneRequiredError extends DomainError {
  readonly code = 'CALLBACK_PHONE_REQUIRED';
  readonly kind = 'invalid';

  constructor() {
    super({
      da: 'Skriv dit telefonnummer: hotlinen ringer dig op på det nummer.',
      en: 'Enter your phone number: the hotline calls you on that number.',
    });
  }
}
