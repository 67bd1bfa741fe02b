import type { Localized } from '../../common/i18n/localized.js';

export interface ProblemTexts {
  titles: { 404: string; 429: string; 500: string; other: string };
  /** Instead of the API's "try again shortly" when the page can say when. */
  tooMany: string;
  /** `when` from retryAfterForPeople: "om 5 minutter", "i morgen kl. 09.00". */
  tryAgain: (when: string) => string;
  /** Before the phone number on a 429: a person can book without the wait. */
  callToBook: string;
}

/** The problem page's words (problem.eta); the problem itself comes in the error's message. */
export const PROBLEM_TEXTS: Localized<ProblemTexts> = {
  da: {
    titles: {
      404: 'Siden findes ikke',
      429: 'For mange forsøg',
      500: 'Der skete en fejl',
      other: 'Det gik ikke',
    },
    tooMany: 'Der er kommet for mange forsøg fra din internetforbindelse.',
    tryAgain: (when) => `Du kan prøve igen ${when}.`,
    callToBook: 'Du kan også ringe til Borgerservice og bestille en tid uden at vente:',
  },
  en: {
    titles: {
      404: 'Page not found',
      429: 'Too many attempts',
      500: 'Something went wrong',
      other: 'That did not work',
    },
    tooMany: 'There have been too many attempts from your internet connection.',
    tryAgain: (when) => `You can try again ${when}.`,
    callToBook: 'You can also call Citizen Service and book an appointment without waiting:',
  },
};
