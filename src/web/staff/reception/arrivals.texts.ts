import type { Localized } from '../../../common/i18n/localized.js';

export interface ArrivalsTexts {
  title: string;
  checkInHeading: string;
  reference: string;
  referenceHint: string;
  referenceMissing: string;
  checkIn: string;
  checkedIn: (name: string, queue: string, where: string) => string;
  searchHeading: string;
  search: string;
  searchHint: string;
  searchButton: string;
  listHeading: (day: string) => string;
  summary: (expected: number, waiting: number) => string;
  none: string;
  time: string;
  citizen: string;
  status: string;
  refreshed: string;
}

export const ARRIVALS_TEXTS: Localized<ArrivalsTexts> = {
  da: {
    title: 'Dagens ankomster',
    checkInHeading: 'Tjek ind',
    reference: 'Bookingnummer',
    referenceHint: 'Skriv bookingnummeret, eller scan QR-koden på borgerens kvittering.',
    referenceMissing: 'Skriv bookingnummeret, eller scan QR-koden',
    checkIn: 'Tjek ind',
    checkedIn: (name, queue, where) => `${name} er tjekket ind: ${queue}, ${where}.`,
    searchHeading: 'Find en booking',
    search: 'Bookingnummer, navn eller telefon',
    searchHint: 'Søger i dag og fremover og 30 dage tilbage.',
    searchButton: 'Søg',
    listHeading: (day) => `Bookinger ${day}`,
    summary: (expected, waiting) => `${expected} mangler at komme, ${waiting} venter.`,
    none: 'Der er ingen bookinger her i dag.',
    time: 'Tid',
    citizen: 'Borger og ærinde',
    status: 'Status',
    refreshed: 'Listen opdateres af sig selv.',
  },
  en: {
    title: 'Today’s arrivals',
    checkInHeading: 'Check in',
    reference: 'Booking reference',
    referenceHint: 'Type the booking reference, or scan the QR code on the citizen’s receipt.',
    referenceMissing: 'Type the booking reference, or scan the QR code',
    checkIn: 'Check in',
    checkedIn: (name, queue, where) => `${name} is checked in: ${queue}, ${where}.`,
    searchHeading: 'Find a booking',
    search: 'Booking reference, name or phone',
    searchHint: 'Searches today and later, and 30 days back.',
    searchButton: 'Search',
    listHeading: (day) => `Bookings on ${day}`,
    summary: (expected, waiting) => `${expected} still to come, ${waiting} waiting.`,
    none: 'There are no bookings here today.',
    time: 'Time',
    citizen: 'Citizen and errand',
    status: 'Status',
    refreshed: 'The list updates itself.',
  },
};
