import type { Localized } from '../../../common/i18n/localized.js';

export interface NotBookedTexts {
  title: string;
  whatNow: string;
  slotGone: string;
  chooseAnother: string;
  tooMany: (limit: number) => string;
  tooManyWhat: string;
  alreadyBooked: string;
  alreadyBookedWhat: string;
  expired: string;
  startOver: string;
  call: string;
}

export const NOT_BOOKED_TEXTS: Localized<NotBookedTexts> = {
  da: {
    title: 'Tiden blev ikke booket',
    whatNow: 'Det kan du gøre',
    slotGone: 'Tiden er ikke ledig længere',
    chooseAnother: 'Vælg en anden tid',
    tooMany: (limit) =>
      `Der er allerede ${limit} kommende tider med den e-mail eller det mobilnummer, og flere kan man ikke have`,
    tooManyWhat: 'Flyt eller aflys en af dem med linket i kvitteringen, eller ring til os.',
    alreadyBooked: 'Der er allerede booket en tid til dette ærinde',
    alreadyBookedWhat: 'Brug linket i kvitteringen for at se, flytte eller aflyse tiden.',
    expired: 'Dine svar er for gamle til at booke med',
    startOver: 'Start forfra',
    call: 'Ring til Borgerservice',
  },
  en: {
    title: 'The time was not booked',
    whatNow: 'What you can do',
    slotGone: 'The time is no longer free',
    chooseAnother: 'Choose another time',
    tooMany: (limit) =>
      `There are already ${limit} upcoming appointments with that e-mail address or mobile number, which is the most you can have`,
    tooManyWhat: 'Change or cancel one of them with the link in its receipt, or call us.',
    alreadyBooked: 'A time is already booked for this errand',
    alreadyBookedWhat: 'Use the link in the receipt to see, change or cancel it.',
    expired: 'Your answers are too old to book with',
    startOver: 'Start again',
    call: 'Call Citizen Service',
  },
};
