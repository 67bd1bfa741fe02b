import { formatReference } from '../../../bookings/booking-secrets.js';
import { type BookingKind, kindOf } from '../../../bookings/entities/booking.entity.js';
import type { Language, Localized } from '../../../common/i18n/localized.js';
import { momentForPeople } from '../../page/people-time.js';
import { BOOKING_TEXTS, type BookingTexts } from './booking.texts.js';

/** What the pages read of a booking: a loaded Booking entity with its relations fits. */
export interface BookingRecord {
  reference: string;
  status: string;
  startsAt: Date;
  /** Null for a callback (no station: the hotline calls the citizen). */
  stationId: string | null;
  citizenName: string | null;
  citizenEmail: string | null;
  citizenPhone: string | null;
  location: { code: string; name: string; address: string; timeZone: string };
  errand: { code: string; name: Localized; documents: Localized<string[]>; fee: Localized };
}

/** How the citizen sees the visit: still ahead (and changeable), cancelled, or begun or over. */
export type VisitState = 'booked' | 'cancelled' | 'past';

export interface BookingForPeople {
  t: BookingTexts;
  kind: BookingKind;
  /** A callback: "Vi ringer til dig på 12 34 56 78 tirsdag 8. december kl. 10.15" (instead of a place). */
  call?: string;
  /** A callback: the number we call (then `contact` holds only the e-mail address). */
  callPhone?: string;
  /** As reception reads it: K7NP-A4TX. */
  reference: string;
  state: VisitState;
  stateText: string;
  errand: string;
  time: string;
  place: { name: string; address: string };
  name: string;
  contact: string[];
  documents: string[];
  fee: string;
  /** The API's own .ics for the booking (with the token; not a page, so no language). */
  calendarHref: string;
  /** The manage page's path and query, without the language. */
  managePath: string;
}

export function visitState(status: string, startsAt: Date, now: Date): VisitState {
  if (status === 'cancelled') return 'cancelled';
  // Checked in, seen, a no-show: all begun, so nothing is left for the citizen to change.
  if (status !== 'booked' || startsAt.getTime() <= now.getTime()) return 'past';
  return 'booked';
}

/** The path with the manage token in its query string, the one place a token may be. */
export function withToken(path: string, token: string): string {
  return `${path}?${new URLSearchParams({ token }).toString()}`;
}

export function toBookingForPeople(
  booking: BookingRecord,
  token: string,
  language: Language,
  now: Date,
): BookingForPeople {
  const t = BOOKING_TEXTS[language];
  const reference = formatReference(booking.reference);
  const state = visitState(booking.status, booking.startsAt, now);
  const kind = kindOf(booking);
  const time = momentForPeople(booking.startsAt, booking.location.timeZone, language, now);
  return {
    t,
    kind,
    call: kind === 'callback' ? t.call(booking.citizenPhone ?? '', time) : undefined,
    callPhone: kind === 'callback' ? (booking.citizenPhone ?? '') : undefined,
    reference,
    state,
    stateText: t.status[state],
    errand: booking.errand.name[language],
    time,
    place: { name: booking.location.name, address: booking.location.address },
    name: booking.citizenName ?? '',
    contact: (kind === 'callback'
      ? [booking.citizenEmail]
      : [booking.citizenEmail, booking.citizenPhone]
    ).filter((line): line is string => Boolean(line)),
    documents: booking.errand.documents[language],
    fee: booking.errand.fee[language],
    calendarHref: withToken(`/bookings/${reference}/calendar.ics`, token),
    managePath: withToken(`/min-tid/${reference}`, token),
  };
}
