import type { Localized } from '../../../common/i18n/localized.js';

export interface BookingPageTexts {
  title: string;
  searchTitle: string;
  searchResults: (count: number, query: string) => string;
  searchNone: (query: string) => string;
  searchMissing: string;
  searchLimit: string;
  reference: string;
  status: string;
  time: string;
  errand: string;
  place: string;
  where: string;
  name: string;
  email: string;
  phone: string;
  noContact: string;
  source: string;
  sources: { online: string; walk_in: string };
  cancelReason: string;
  moveReason: string;
  checkIn: string;
  undoNoShow: string;
  undoNoShowHint: string;
  move: string;
  cancelHeading: string;
  cancelReasonLabel: string;
  cancelReasonHint: string;
  reasonMissing: string;
  cancel: string;
  notices: { cancelled: string; moved: string; undone: string };
  moveTitle: string;
  current: string;
  moveReasonLabel: string;
  moveReasonHint: string;
  moveSubmit: string;
  noTime: string;
  slotGone: string;
}

export const BOOKING_PAGE_TEXTS: Localized<BookingPageTexts> = {
  da: {
    title: 'Booking',
    searchTitle: 'Find en booking',
    searchResults: (count, query) => `${count} ${count === 1 ? 'booking' : 'bookinger'} for “${query}”`,
    searchNone: (query) => `Ingen bookinger her for “${query}”. Tjek stavningen, eller prøv telefonnummeret.`,
    searchMissing: 'Skriv mindst 2 tegn: et bookingnummer, et navn eller et telefonnummer',
    searchLimit: 'Viser de første 50. Skriv mere for at indsnævre søgningen.',
    reference: 'Bookingnummer',
    status: 'Status',
    time: 'Tid',
    errand: 'Ærinde',
    place: 'Sted',
    where: 'Skranke og rådgiver',
    name: 'Navn',
    email: 'E-mail',
    phone: 'Telefon',
    noContact: 'Ikke oplyst',
    source: 'Booket',
    sources: { online: 'Online af borgeren', walk_in: 'I receptionen (walk-in)' },
    cancelReason: 'Grund til aflysning',
    moveReason: 'Grund til flytning',
    checkIn: 'Tjek ind',
    undoNoShow: 'Borgeren kom alligevel',
    undoNoShowHint: 'Sætter borgeren i køen igen. Kan kun gøres samme dag.',
    move: 'Flyt tiden',
    cancelHeading: 'Aflys tiden',
    cancelReasonLabel: 'Hvorfor aflyses tiden?',
    cancelReasonHint:
      'Fx “Borgeren ringede og kan ikke komme”. En note til kolleger: borgeren får en e-mail om, at tiden er aflyst, men ikke årsagen. Skriv ikke CPR-nummer.',
    reasonMissing: 'Skriv, hvorfor',
    cancel: 'Aflys tiden',
    notices: {
      cancelled: 'Tiden er aflyst.',
      moved: 'Tiden er flyttet.',
      undone: 'Borgeren er sat i køen igen.',
    },
    moveTitle: 'Flyt tiden',
    current: 'Nuværende tid',
    moveReasonLabel: 'Hvorfor flyttes tiden?',
    moveReasonHint: 'Fx “Borgeren ringede og bad om en senere tid”. Skriv ikke CPR-nummer.',
    moveSubmit: 'Flyt tiden',
    noTime: 'Vælg en ny tid',
    slotGone: 'Tiden er lige blevet taget eller kan ikke bookes. Vælg en anden tid.',
  },
  en: {
    title: 'Booking',
    searchTitle: 'Find a booking',
    searchResults: (count, query) => `${count} ${count === 1 ? 'booking' : 'bookings'} for “${query}”`,
    searchNone: (query) => `No bookings here for “${query}”. Check the spelling, or try the phone number.`,
    searchMissing: 'Type at least 2 characters: a booking reference, a name or a phone number',
    searchLimit: 'Showing the first 50. Type more to narrow the search.',
    reference: 'Booking reference',
    status: 'Status',
    time: 'Time',
    errand: 'Errand',
    place: 'Place',
    where: 'Desk and adviser',
    name: 'Name',
    email: 'E-mail',
    phone: 'Phone',
    noContact: 'Not given',
    source: 'Booked',
    sources: { online: 'Online by the citizen', walk_in: 'At reception (walk-in)' },
    cancelReason: 'Why it was cancelled',
    moveReason: 'Why it was moved',
    checkIn: 'Check in',
    undoNoShow: 'The citizen came after all',
    undoNoShowHint: 'Puts the citizen back in the queue. Only on the day of the visit.',
    move: 'Move the appointment',
    cancelHeading: 'Cancel the appointment',
    cancelReasonLabel: 'Why is it cancelled?',
    cancelReasonHint:
      'E.g. “The citizen called and cannot come”. A note for colleagues: the citizen gets an e-mail that the visit is cancelled, but not the reason. Do not write a CPR number.',
    reasonMissing: 'Write why',
    cancel: 'Cancel the appointment',
    notices: {
      cancelled: 'The appointment is cancelled.',
      moved: 'The appointment is moved.',
      undone: 'The citizen is back in the queue.',
    },
    moveTitle: 'Move the appointment',
    current: 'Current time',
    moveReasonLabel: 'Why is it moved?',
    moveReasonHint: 'E.g. “The citizen called and asked for a later time”. Do not write a CPR number.',
    moveSubmit: 'Move the appointment',
    noTime: 'Choose a new time',
    slotGone: 'The time has just been taken or cannot be booked. Choose another time.',
  },
};
