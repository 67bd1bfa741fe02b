import type { Localized } from '../../../common/i18n/localized.js';

/** What the receipt and the manage pages say about a booking. */
export interface BookingTexts {
  reference: string;
  errand: string;
  time: string;
  place: string;
  name: string;
  contact: string;
  fee: string;
  bring: string;
  status: { booked: string; cancelled: string; past: string };
  calendar: string;
  /** A callback: the row (the number we call) and the sentence that replace the place. */
  callRow: string;
  call: (phone: string, moment: string) => string;
}

export const BOOKING_TEXTS: Localized<BookingTexts> = {
  da: {
    reference: 'Referencenummer',
    errand: 'Ærinde',
    time: 'Tid',
    place: 'Sted',
    name: 'Navn',
    contact: 'Kontakt',
    fee: 'Pris',
    bring: 'Husk at tage med',
    status: { booked: 'Booket', cancelled: 'Aflyst', past: 'Overstået' },
    calendar: 'Tilføj til kalender',
    callRow: 'Vi ringer til',
    call: (phone, moment) => `Vi ringer til dig på ${phone} ${moment}`,
  },
  en: {
    reference: 'Reference number',
    errand: 'Errand',
    time: 'Time',
    place: 'Place',
    name: 'Name',
    contact: 'Contact',
    fee: 'Fee',
    bring: 'Remember to bring',
    status: { booked: 'Booked', cancelled: 'Cancelled', past: 'Past' },
    calendar: 'Add to calendar',
    callRow: 'Number we call',
    call: (phone, moment) => `We will call you on ${phone} on ${moment}`,
  },
};
