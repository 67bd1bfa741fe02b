import { formatInstant } from '../common/time/format-instant.js';
import type { Language, Localized } from '../errands/errand-definition.js';
import type { BookingResponse } from './dto/booking.dto.js';
import { formatReference } from './booking-secrets.js';
import { kindOf } from './entities/booking.entity.js';

/** What a booking answer is made of; a loaded Booking entity with its relations fits. */
export interface BookingParts {
  reference: string;
  status: string;
  startsAt: Date;
  endsAt: Date;
  citizenName: string | null;
  citizenEmail: string | null;
  citizenPhone: string | null;
  language: Language;
  location: { id: string; code: string; name: string; address: string; timeZone: string };
  /** Null for a callback from the hotline (kindOf). */
  stationId: string | null;
  station: { id: string; name: string } | null;
  errand: { code: string; name: Localized; documents: Localized<string[]>; fee: Localized };
}

/**
 * A visit says where (station) and what to bring; a callback says the number the hotline calls
 * (the citizen's phone) and has no station.
 */
export function toBookingResponse(parts: BookingParts, manageToken?: string): BookingResponse {
  const { location, errand, language } = parts;
  const kind = kindOf(parts);
  return {
    reference: formatReference(parts.reference),
    ...(manageToken && { manageToken }),
    kind,
    status: parts.status,
    start: formatInstant(parts.startsAt.getTime(), location.timeZone),
    end: formatInstant(parts.endsAt.getTime(), location.timeZone),
    location: {
      id: location.id,
      code: location.code,
      name: location.name,
      address: location.address,
      timeZone: location.timeZone,
    },
    station: parts.station && { id: parts.station.id, name: parts.station.name },
    callback: kind === 'callback' ? { phone: parts.citizenPhone ?? '' } : null,
    errand: { code: errand.code, name: errand.name[language] },
    documents: kind === 'callback' ? [] : errand.documents[language],
    fee: errand.fee[language],
    citizen: { name: parts.citizenName, email: parts.citizenEmail, phone: parts.citizenPhone },
    language,
  };
}
