import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { icsText } from '../common/ical.js';
import { formatReference } from './booking-secrets.js';
import type { BookingParts } from './bookings.mapper.js';

const REMINDER_SECONDS_BEFORE = 24 * 60 * 60;

const TEXTS = {
  da: {
    summary: 'Borgerservice',
    reference: 'Bookingnummer',
    bring: 'Husk at medbringe',
    fee: 'Pris',
    station: 'Station',
  },
  en: {
    summary: 'Citizen service',
    reference: 'Booking reference',
    bring: 'Please bring',
    fee: 'Fee',
    station: 'Station',
  },
};

/**
 * The citizen's own calendar entry for a booking (RFC 5545, via ical-generator): where, what to
 * bring, the reference for reception, and a reminder the day before. Times are in UTC, which every
 * calendar app shows in the reader's own zone. The UID stays the same when the visit moves.
 */
export function bookingCalendar(
  booking: BookingParts & { id: string; updatedAt: Date; sequence: number },
  domain: string,
): string {
  const texts = TEXTS[booking.language];
  const reference = formatReference(booking.reference);
  const calendar = ical({
    name: `${texts.summary}: ${booking.errand.name[booking.language]}`,
    prodId: { company: 'Borgerservice', product: 'Triage API', language: booking.language.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
  });
  calendar.createEvent({
    id: `booking-${booking.id}@${domain}`,
    start: booking.startsAt,
    end: booking.endsAt,
    sequence: booking.sequence,
    stamp: booking.updatedAt,
    lastModified: booking.updatedAt,
    summary: `${texts.summary}: ${booking.errand.name[booking.language]} (${reference})`,
    location: { title: booking.location.name, address: booking.location.address },
    description: [
      `${texts.reference}: ${reference}`,
      `${texts.station}: ${booking.station.name}`,
      `${texts.bring}:`,
      ...booking.errand.documents[booking.language].map((document) => `- ${document}`),
      `${texts.fee}: ${booking.errand.fee[booking.language]}`,
    ].join('\n'),
    status: booking.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    alarms:
      booking.status === 'cancelled'
        ? []
        : [{ type: ICalAlarmType.display, trigger: REMINDER_SECONDS_BEFORE }],
  });
  return icsText(calendar);
}
