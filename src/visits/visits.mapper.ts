import { formatInstant } from '../common/time/format-instant.js';
import type { Language } from '../errands/errand-definition.js';
import { formatReference } from '../bookings/booking-secrets.js';
import type { VisitResponse } from './dto/visit.dto.js';
import type { Visit } from '../bookings/entities/booking.entity.js';

/** Needs the booking's errand, station and adviser loaded. */
export function toVisitResponse(booking: Visit, zone: string, language: Language): VisitResponse {
  return {
    reference: formatReference(booking.reference),
    status: booking.status,
    start: formatInstant(booking.startsAt.getTime(), zone),
    end: formatInstant(booking.endsAt.getTime(), zone),
    errand: { code: booking.errand.code, name: booking.errand.name[language] },
    citizenName: booking.citizenName,
    documents: booking.errand.documents[language],
    station: { id: booking.station.id, name: booking.station.name },
    adviser: { id: booking.adviser.id, name: booking.adviser.name },
    checkedIn: booking.checkedInAt !== null,
    queueNumber: booking.queueNumber,
    source: booking.source,
    outcome: booking.outcome,
    canDoAloneNextTime: booking.canDoAloneNextTime,
  };
}
