import { DomainError } from '../common/errors/domain-error.js';

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

/** A callback asked for where only visits belong (check-in, the queue, an adviser's station). */
export class NotAVisitError extends DomainError {
  readonly code = 'BOOKING_IS_CALLBACK';
  readonly kind = 'unprocessable';

  constructor(reference: string) {
    super(
      {
        da: 'Bookingen er et opkald fra hotlinen, ikke et besøg: den håndteres på hotlinens side.',
        en: 'The booking is a callback from the hotline, not a visit: it is handled on the hotline’s page.',
      },
      { reference },
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
