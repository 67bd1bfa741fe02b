import type { Localized } from '../../../common/i18n/localized.js';

export interface WalkInTexts {
  title: string;
  intro: string;
  search: string;
  searchButton: string;
  searchNone: (query: string) => string;
  all: string;
  questionsTitle: string;
  questionsIntro: string;
  yes: string;
  no: string;
  dontKnow: string;
  chooseOne: string;
  name: string;
  nameHint: string;
  assess: string;
  otherErrand: string;
  resultTitle: string;
  visitNow: (queue: string, time: string, where: string) => string;
  openBooking: string;
  nextWalkIn: string;
  noneToday: string;
  nextFree: (time: string) => string;
  noneAhead: string;
  laterName: string;
  laterNameHint: string;
  laterNameMissing: string;
  bookLater: string;
  laterBooked: string;
  selfServiceHeading: string;
  prepareHeading: string;
  handOver: string;
  who: string;
  where: string;
  howTo: string;
  link: string;
  print: string;
  elsewhere: string;
  documents: string;
  fee: string;
}

export const WALK_IN_TEXTS: Localized<WalkInTexts> = {
  da: {
    title: 'Borger uden tid',
    intro:
      'Find borgerens ærinde. Svar på spørgsmålene sammen med borgeren, så ser du, om der skal et besøg til.',
    search: 'Søg efter ærinde',
    searchButton: 'Søg',
    searchNone: (query) => `Intet ærinde passer på “${query}”. Vælg fra listen.`,
    all: 'Alle ærinder',
    questionsTitle: 'Spørgsmål',
    questionsIntro: 'De samme spørgsmål, som borgeren får online.',
    yes: 'Ja',
    no: 'Nej',
    dontKnow: 'Ved ikke / spring over',
    chooseOne: 'Vælg et svar',
    name: 'Borgerens navn (valgfrit)',
    nameHint: 'Bruges kun til at kalde borgeren op. Skriv ikke CPR-nummer.',
    assess: 'Se, hvad borgeren skal',
    otherErrand: 'Vælg et andet ærinde',
    resultTitle: 'Resultat',
    visitNow: (queue, time, where) => `Booket og tjekket ind: ${queue}, kl. ${time}, ${where}.`,
    openBooking: 'Se bookingen',
    nextWalkIn: 'Næste borger uden tid',
    noneToday: 'Der er ingen ledig tid her i dag.',
    nextFree: (time) => `Næste ledige tid her: ${time}.`,
    noneAhead:
      'Der er ingen ledige tider her den næste måned. Henvis borgeren til et andet sted eller til telefonen.',
    laterName: 'Borgerens navn',
    laterNameHint: 'Skal bruges, når borgeren kommer igen. Skriv ikke CPR-nummer.',
    laterNameMissing: 'Skriv borgerens navn',
    bookLater: 'Book tiden',
    laterBooked: 'Tiden er booket. Giv borgeren bookingnummeret.',
    selfServiceHeading: 'Borgeren kan klare det selv',
    prepareHeading: 'Det kan borgeren gøre først',
    handOver: 'Giv borgeren vejledningen med. Du kan udskrive siden.',
    who: 'Hvem kan bruge det',
    where: 'Hvor',
    howTo: 'Sådan gør du',
    link: 'Adresse',
    print: 'Udskriv vejledningen',
    elsewhere: 'Ærindet klares et andet sted, eller det er for tidligt.',
    documents: 'Det skal borgeren have med',
    fee: 'Pris',
  },
  en: {
    title: 'Citizen without an appointment',
    intro:
      'Find the citizen’s errand. Answer the questions with the citizen to see whether a visit is needed.',
    search: 'Search for an errand',
    searchButton: 'Search',
    searchNone: (query) => `No errand fits “${query}”. Choose from the list.`,
    all: 'All errands',
    questionsTitle: 'Questions',
    questionsIntro: 'The same questions the citizen gets online.',
    yes: 'Yes',
    no: 'No',
    dontKnow: 'I don’t know / skip',
    chooseOne: 'Choose an answer',
    name: 'The citizen’s name (optional)',
    nameHint: 'Only to call the citizen. Do not write a CPR number.',
    assess: 'See what the citizen needs',
    otherErrand: 'Choose another errand',
    resultTitle: 'Result',
    visitNow: (queue, time, where) => `Booked and checked in: ${queue}, at ${time}, ${where}.`,
    openBooking: 'See the booking',
    nextWalkIn: 'Next citizen without an appointment',
    noneToday: 'There is no free time here today.',
    nextFree: (time) => `Next free time here: ${time}.`,
    noneAhead:
      'There are no free times here in the coming month. Refer the citizen to another place or to the phone.',
    laterName: 'The citizen’s name',
    laterNameHint: 'Needed when the citizen comes back. Do not write a CPR number.',
    laterNameMissing: 'Enter the citizen’s name',
    bookLater: 'Book the time',
    laterBooked: 'The time is booked. Give the citizen the booking reference.',
    selfServiceHeading: 'The citizen can do it themselves',
    prepareHeading: 'What the citizen can do first',
    handOver: 'Give the citizen the guidance. You can print the page.',
    who: 'Who can use it',
    where: 'Where',
    howTo: 'How to do it',
    link: 'Address',
    print: 'Print the guidance',
    elsewhere: 'The errand is handled elsewhere, or it is too early.',
    documents: 'What the citizen must bring',
    fee: 'Fee',
  },
};
