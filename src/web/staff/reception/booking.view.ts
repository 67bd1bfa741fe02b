import { formatReference } from '../../../bookings/booking-secrets.js';
import type { Language, Localized } from '../../../common/i18n/localized.js';
import { localDate } from '../../../common/time/local-date.js';
import { momentForPeople } from '../../page/people-time.js';
import { type ArrivalLike, statusText } from './arrivals.view.js';
import { BOOKING_PAGE_TEXTS } from './booking.texts.js';
import { RECEPTION_TEXTS } from './reception.texts.js';

/** What the booking page needs (the entity with location, errand, station and adviser fits). */
export interface DeskBookingLike extends ArrivalLike {
  citizenEmail: string | null;
  citizenPhone: string | null;
  cancelReason: string | null;
  moveReason: string | null;
  location: { name: string; timeZone: string };
  errand: { name: Localized };
}

export interface DeskBookingView {
  reference: string;
  state: ArrivalLike['status'];
  status: string;
  time: string;
  errand: string;
  place: string;
  where: string;
  name: string;
  email: string;
  phone: string;
  source: string;
  cancelReason?: string;
  moveReason?: string;
  /** Booked, not checked in: the page offers "Tjek ind" (the window still applies). */
  canCheckIn: boolean;
  /** Booked or checked in, before the start (the transition table's rule). */
  canCancel: boolean;
  /** Booked, before the start. */
  canMove: boolean;
  /** A no-show on the day of the visit. */
  canUndoNoShow: boolean;
}

/** A booking as reception shows it to a citizen at the desk or on the phone, with what can be done now. */
export function toDeskBookingView(booking: DeskBookingLike, language: Language, now: Date): DeskBookingView {
  const t = BOOKING_PAGE_TEXTS[language];
  const zone = booking.location.timeZone;
  const ahead = booking.startsAt.getTime() > now.getTime();
  return {
    reference: formatReference(booking.reference),
    state: booking.status,
    status: statusText(booking, language),
    time: momentForPeople(booking.startsAt, zone, language, now),
    errand: booking.errand.name[language],
    place: booking.location.name,
    where: `${booking.station.name} · ${booking.adviser.name}`,
    name: booking.citizenName ?? RECEPTION_TEXTS[language].noName,
    email: booking.citizenEmail ?? t.noContact,
    phone: booking.citizenPhone ?? t.noContact,
    source: t.sources[booking.source],
    cancelReason: booking.cancelReason ?? undefined,
    moveReason: booking.moveReason ?? undefined,
    canCheckIn: booking.status === 'booked',
    canCancel: (booking.status === 'booked' || booking.status === 'checked_in') && ahead,
    canMove: booking.status === 'booked' && ahead,
    canUndoNoShow: booking.status === 'no_show' && localDate(booking.startsAt, zone) === localDate(now, zone),
  };
}

export interface SearchHit {
  reference: string;
  time: string;
  name: string;
  errand: string;
  status: string;
  href: string;
}

/** The search results: each booking with its day (they span weeks), name, errand and status. */
export function toSearchHits(
  bookings: ArrivalLike[],
  input: { zone: string; language: Language; now: Date; bookingHref: (reference: string) => string },
): SearchHit[] {
  return bookings.map((booking) => {
    const reference = formatReference(booking.reference);
    return {
      reference,
      time: momentForPeople(booking.startsAt, input.zone, input.language, input.now),
      name: booking.citizenName ?? RECEPTION_TEXTS[input.language].noName,
      errand: booking.errand.name[input.language],
      status: statusText(booking, input.language),
      href: input.bookingHref(reference),
    };
  });
}
