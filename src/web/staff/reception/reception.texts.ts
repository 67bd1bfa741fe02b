import { formatReference, normalizeReference } from '../../../bookings/booking-secrets.js';
import type { Localized } from '../../../common/i18n/localized.js';
import type { BookingStatus } from '../../../bookings/entities/booking.entity.js';

/** Words every reception page shares: the statuses as the desk says them, and the area's links. */
export interface ReceptionTexts {
  area: string;
  statuses: Record<BookingStatus, string>;
  queueNumber: (n: number) => string;
  noName: string;
  walkIn: string;
  arrivalsLink: string;
  walkInLink: string;
  chooseLocation: string;
  chooseLocationIntro: string;
  noLocations: string;
}

export const RECEPTION_TEXTS: Localized<ReceptionTexts> = {
  da: {
    area: 'Reception',
    statuses: {
      booked: 'Booket',
      checked_in: 'Tjekket ind',
      called: 'Kaldt ind',
      in_progress: 'I gang',
      completed: 'Afsluttet',
      no_show: 'Udeblevet',
      cancelled: 'Aflyst',
    },
    queueNumber: (n) => `nr. ${n}`,
    noName: 'Uden navn',
    walkIn: 'Uden tid (walk-in)',
    arrivalsLink: 'Dagens ankomster',
    walkInLink: 'Borger uden tid (walk-in)',
    chooseLocation: 'Vælg sted',
    chooseLocationIntro: 'Du kan arbejde disse steder. Vælg det sted, du sidder i dag.',
    noLocations: 'Din konto er ikke knyttet til noget sted. Bed en administrator om at tilføje et.',
  },
  en: {
    area: 'Reception',
    statuses: {
      booked: 'Booked',
      checked_in: 'Checked in',
      called: 'Called',
      in_progress: 'In progress',
      completed: 'Completed',
      no_show: 'No-show',
      cancelled: 'Cancelled',
    },
    queueNumber: (n) => `no. ${n}`,
    noName: 'No name',
    walkIn: 'Walk-in',
    arrivalsLink: 'Today’s arrivals',
    walkInLink: 'Citizen without an appointment (walk-in)',
    chooseLocation: 'Choose a place',
    chooseLocationIntro: 'You can work at these places. Choose where you are today.',
    noLocations: 'Your account is not linked to any place. Ask an administrator to add one.',
  },
};

/** The paths of the reception pages for a location (codes as the URL carries them). */
export const receptionPaths = (location: string) => {
  const base = `/staff/reception/${encodeURIComponent(location)}`;
  return {
    arrivals: base,
    arrivalsList: `${base}/ankomster`,
    checkIn: `${base}/tjek-ind`,
    search: `${base}/soeg`,
    walkIn: `${base}/walk-in`,
    /** A booking's page, with the reference as people read it ("K7NP-A4TX"). */
    booking: (reference: string) =>
      `${base}/booking/${encodeURIComponent(formatReference(normalizeReference(reference)))}`,
  };
};
