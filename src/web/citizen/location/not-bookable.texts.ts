import type { Localized } from '../../../common/i18n/localized.js';

export const NOT_BOOKABLE_TEXTS = {
  da: {
    title: 'Du kan ikke booke en tid her',
    expiredTitle: 'Dine svar er for gamle',
    expired:
      'Det er for længe siden, du svarede på spørgsmålene. Svar igen, så ser vi, om du skal booke en tid.',
    again: 'Svar på spørgsmålene igen',
    outcome: 'Se hvad du kan gøre i stedet',
    start: 'Gå til forsiden',
    callUs: 'Har du spørgsmål, så ring til Borgerservice på',
  },
  en: {
    title: 'You cannot book a time here',
    expiredTitle: 'Your answers are too old',
    expired:
      'It has been too long since you answered the questions. Answer again, and we will see if you need to book a time.',
    again: 'Answer the questions again',
    outcome: 'See what you can do instead',
    start: 'Go to the start page',
    callUs: 'If you have questions, call Citizen Service on',
  },
} satisfies Localized<Record<string, string>>;
