import { DomainError } from '../common/errors/domain-error.js';

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

  constructor(reference: string, status: string, action: string) {
    super(
      {
        da: `Besøget har status "${status}" og kan ikke ${action}.`,
        en: `The visit has the status "${status}" and cannot be ${action}.`,
      },
      { reference, status, action },
    );
  }
}

export class CheckInOutsideWindowError extends DomainError {
  readonly code = 'CHECK_IN_OUTSIDE_WINDOW';
  readonly kind = 'unprocessable';

  constructor(reference: string, minutesFromStart: number, window: { early: number; late: number }) {
    const early = minutesFromStart < 0;
    super(
      {
        da: early
          ? `Det er for tidligt at tjekke ind: tiden starter om ${-minutesFromStart} minutter (tidligst ${window.early} minutter før).`
          : `Det er for sent at tjekke ind: tiden startede for ${minutesFromStart} minutter siden (højst ${window.late} minutter efter).`,
        en: early
          ? `Too early to check in: the time starts in ${-minutesFromStart} minutes (at most ${window.early} minutes before).`
          : `Too late to check in: the time started ${minutesFromStart} minutes ago (at most ${window.late} minutes after).`,
      },
      {
        reference,
        minutesFromStart,
        earlyMinutes: window.early,
        lateMinutes: window.late,
        reason: early ? 'too_early' : 'too_late',
      },
    );
  }
}

export class WrongLocationError extends DomainError {
  readonly code = 'BOOKING_AT_OTHER_LOCATION';
  readonly kind = 'unprocessable';

  constructor(reference: string, location: string) {
    super(
      { da: `Bookingen er til ${location}.`, en: `The booking is for ${location}.` },
      { reference, location },
    );
  }
}

export class NotYourVisitError extends DomainError {
  readonly code = 'NOT_YOUR_VISIT';
  readonly kind = 'forbidden';

  constructor(reference: string) {
    super(
      { da: 'Besøget er hos en anden rådgiver.', en: 'The visit is with another adviser.' },
      { reference },
    );
  }
}
