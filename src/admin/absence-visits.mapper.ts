import type { AffectedBooking } from '../bookings/bookings.errors.js';
import { formatReference } from '../bookings/booking-secrets.js';
import type { Booking } from '../bookings/entities/booking.entity.js';
import { formatInstant } from '../common/time/format-instant.js';
import type { VisitResponse } from './dto/absence-visits.dto.js';

/** A visit (or callback: no station) loaded with its location, errand, station and adviser. */
export function toVisitResponse(booking: Booking): VisitResponse {
  const zone = booking.location.timeZone;
  return {
    reference: formatReference(booking.reference),
    start: formatInstant(booking.startsAt.getTime(), zone),
    end: formatInstant(booking.endsAt.getTime(), zone),
    location: booking.location.code,
    errand: booking.errand.code,
    status: booking.status,
    adviser: { id: booking.adviser.id, name: booking.adviser.name },
    station: booking.station && { id: booking.station.id, name: booking.station.name },
  };
}

/** As CHANGE_AFFECTS_BOOKINGS and `cancelledBookings` list bookings. */
export function toAffected(visit: VisitResponse): AffectedBooking {
  const { reference, start, location, errand, status } = visit;
  return { reference, start, location, errand, status };
}
