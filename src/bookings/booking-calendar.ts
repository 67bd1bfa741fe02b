import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { icsText } from '../common/ical.js';
import type { Language } from '../common/i18n/localized.js';
import { formatReference } from './booking-secrets.js';
import type { BookingParts } from './bookings.mapper.js';
import { kindOf } from './entities/booking.entity.js';

const REMINDER_SECONDS_BEFORE = 24 * 60 * 60;

const TEXTS = {
  da: {
    summary: 'Borgerservice',
    reference: 'Bookingnummer',
    bring: 'Husk at medbringe',
    fee: 'Pris',
    station: 'Station',
    callSummary: 'Opkald fra Borgerservice',
    weCallYou: (phone: string) => `Vi ringer til dig på ${phone}.`,
    beReady: 'Hav gerne din computer eller telefon klar, så vi kan guide dig.',
  },
  en: {
    summary: 'Citizen service',
    reference: 'Booking reference',
    bring: 'Please bring',
    fee: 'Fee',
    station: 'Station',
    callSummary: 'Call from Citizen Service',
    weCallYou: (phone: string) => `We call you on ${phone}.`,
    beReady: 'Please have your computer or phone ready, so we can guide you.',
  },
};

type CalendarBooking = BookingParts & { id: string; updatedAt: Date; sequence: number };

/** A visit: where, which station, what to bring, the fee. */
function visitEvent(booking: CalendarBooking, reference: string, language: Language) {
  const texts = TEXTS[language];
  return {
    summary: `${texts.summary}: ${booking.errand.name[language]} (${reference})`,
    location: { title: booking.location.name, address: booking.location.address },
    description: [
      `${texts.reference}: ${reference}`,
      ...(booking.station ? [`${texts.station}: ${booking.station.name}`] : []),
      `${texts.bring}:`,
      ...booking.errand.documents[language].map((document) => `- ${document}`),
      `${texts.fee}: ${booking.errand.fee[language]}`,
    ].join('\n'),
  };
}

/** A callback: the hotline calls the citizen, so no place, station or documents; the number instead. */
function callbackEvent(booking: CalendarBooking, reference: string, language: Language) {
  const texts = TEXTS[language];
  return {
    summary: `${texts.callSummary}: ${booking.errand.name[language]} (${reference})`,
    description: [
      texts.weCallYou(booking.citizenPhone ?? ''),
      texts.beReady,
      `${texts.reference}: ${reference}`,
    ].join('\n'),
  };
}

/**
 * The citizen's own calendar entry for a booking (RFC 5545, via ical-generator): where, what to
 * bring, the reference for reception, and a reminder the day before; for a callback, the number
 * the hotline calls. Times are in UTC, which every calendar app shows in the reader's own zone.
 * The UID stays the same when the booking moves.
 */
export function bookingCalendar(booking: CalendarBooking, domain: string): string {
  const language = booking.language;
  const texts = TEXTS[language];
  const reference = formatReference(booking.reference);
  const callback = kindOf(booking) === 'callback';
  const calendar = ical({
    name: `${callback ? texts.callSummary : texts.summary}: ${booking.errand.name[language]}`,
    prodId: { company: 'Borgerservice', product: 'Triage API', language: language.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
  });
  calendar.createEvent({
    id: `booking-${booking.id}@${domain}`,
    start: booking.startsAt,
    end: booking.endsAt,
    sequence: booking.sequence,
    stamp: booking.updatedAt,
    lastModified: booking.updatedAt,
    ...(callback ? callbackEvent(booking, reference, language) : visitEvent(booking, reference, language)),
    status: booking.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    alarms:
      booking.status === 'cancelled'
        ? []
        : [{ type: ICalAlarmType.display, trigger: REMINDER_SECONDS_BEFORE }],
  });
  return icsText(calendar);
}
