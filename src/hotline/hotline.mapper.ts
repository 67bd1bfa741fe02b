import { formatReference } from '../bookings/booking-secrets.js';
import type { CallbackOutcome } from '../bookings/entities/booking.entity.js';
import { formatInstant } from '../common/time/format-instant.js';
import type { Language } from '../errands/errand-definition.js';
import type { CallbackResponse } from './dto/hotline.dto.js';
import type { ListedCallback } from './hotline.service.js';

/** Needs the callback's errand and adviser loaded. */
export function toCallbackResponse(
  callback: Omit<ListedCallback, 'id' | 'location'>,
  zone: string,
  language: Language,
): CallbackResponse {
  return {
    reference: formatReference(callback.reference),
    status: callback.status,
    start: formatInstant(callback.startsAt.getTime(), zone),
    end: formatInstant(callback.endsAt.getTime(), zone),
    errand: { code: callback.errand.code, name: callback.errand.name[language] },
    citizenName: callback.citizenName,
    citizenPhone: callback.citizenPhone,
    adviser: { id: callback.adviser.id, name: callback.adviser.name },
    callAttempts: callback.callAttempts,
    lastCallAt: callback.lastCallAt && formatInstant(callback.lastCallAt.getTime(), zone),
    outcome: callback.outcome as CallbackOutcome | null,
    guidanceOption: callback.guidanceOption,
  };
}
