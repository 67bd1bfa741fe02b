import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { formatReference } from '../bookings/booking-secrets.js';
import { icsText } from '../common/ical.js';
import type { Booking } from '../bookings/entities/booking.entity.js';

export const FEED_ZONE = 'Europe/Copenhagen';

/**
 * A staff calendar feed (RFC 5545) for Outlook, Google or Apple Calendar. Feeds leave the building,
 * so an event carries the errand, the reference and the station — never the citizen's name or
 * contact. UIDs are stable, SEQUENCE and LAST-MODIFIED change when a visit moves, cancelled visits
 * stay as STATUS:CANCELLED so subscribers remove them. Times are in Europe/Copenhagen with its
 * VTIMEZONE; ical-generator needs luxon DateTimes for that (a native Date would be written as if
 * its UTC time were local).
 */
/** A visit is at its station; a callback is a call the adviser makes (to the number on the booking). */
function eventText(booking: Booking, reference: string) {
  if (!booking.station)
    return {
      summary: `Opkald: ${booking.errand.name.da} (${reference})`,
      location: booking.location.name,
      description: `Bookingnummer: ${reference}\nRing borgeren op (nummeret står på hotlinens liste)\nStatus: ${booking.status}`,
    };
  return {
    summary: `${booking.errand.name.da} (${reference})`,
    location: `${booking.station.name}, ${booking.location.name}`,
    description: `Bookingnummer: ${reference}\nStation: ${booking.station.name}\nStatus: ${booking.status}`,
  };
}

export function staffCalendar(name: string, bookings: Booking[], domain: string): string {
  const calendar = ical({
    name,
    prodId: { company: 'Borgerservice', product: 'Triage API', language: 'DA' },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 15 * 60,
  });
  // The zone goes on each event (DTSTART/DTEND;TZID=…), not on the calendar: with a calendar zone,
  // ical-generator writes DTSTAMP and LAST-MODIFIED as floating local times, but RFC 5545 requires
  // UTC there. With a generator and no name it still emits the VTIMEZONE the events refer to.
  calendar.timezone({ name: null, generator: getVtimezoneComponent });
  calendar.x([{ key: 'X-WR-TIMEZONE', value: FEED_ZONE }]);
  for (const booking of bookings) {
    const reference = formatReference(booking.reference);
    calendar.createEvent({
      id: `booking-${booking.id}@${domain}`,
      start: DateTime.fromJSDate(booking.startsAt),
      end: DateTime.fromJSDate(booking.endsAt),
      timezone: FEED_ZONE,
      stamp: DateTime.fromJSDate(booking.updatedAt),
      lastModified: DateTime.fromJSDate(booking.updatedAt),
      sequence: booking.sequence,
      ...eventText(booking, reference),
      status: booking.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return icsText(calendar);
}
