import { DomainError } from '../common/errors/domain-error.js';

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

export class AdminNotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
  readonly kind = 'not_found';

  constructor(what: string, id: string) {
    super({ da: `${what} "${id}" findes ikke.`, en: `There is no ${what} "${id}".` }, { [what]: id });
  }
}
