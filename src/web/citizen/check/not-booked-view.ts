import type { ErrorResponse } from '../../../common/errors/error-response.js';
import type { Language } from '../../../common/i18n/localized.js';
import type { BookingChoice } from '../contact/contact-form.js';
import { NOT_BOOKED_TEXTS, type NotBookedTexts } from './not-booked.texts.js';

/** Where the error summary's entry leads: the "what you can do" section. */
export const WHAT_NOW = 'what-now';

export interface NotBookedView {
  t: NotBookedTexts;
  /** What went wrong, in a sentence (the error summary's entry). */
  message: string;
  /** What to do about it: a sentence, a link, or both. */
  advice?: string;
  link: { text: string; href: string };
}

/** The refusal's own number for TOO_MANY_BOOKINGS, if it gave one. */
function limitOf(problem: ErrorResponse): number | undefined {
  const limit = problem.details?.limit;
  return typeof limit === 'number' ? limit : undefined;
}

/**
 * A refused booking as the page tells it: the domain error's code decides the sentence and the
 * way on (a taken time → back to the time picker of the same place); codes without their own
 * sentence show the error's message and a way back to the start.
 */
export function toNotBookedView(
  problem: ErrorResponse,
  choice: BookingChoice,
  language: Language,
): NotBookedView {
  const t = NOT_BOOKED_TEXTS[language];
  const startOver = { text: t.startOver, href: '/' };
  switch (problem.code) {
    case 'SLOT_TAKEN':
    case 'SLOT_NOT_OFFERED': {
      const picker = `/book/${choice.triage}/tid?${new URLSearchParams({ sted: choice.location }).toString()}`;
      return { t, message: t.slotGone, link: { text: t.chooseAnother, href: picker } };
    }
    case 'TOO_MANY_BOOKINGS': {
      const limit = limitOf(problem);
      const message = limit === undefined ? problem.message : t.tooMany(limit);
      return { t, message, advice: t.tooManyWhat, link: startOver };
    }
    case 'TRIAGE_ALREADY_BOOKED':
      return { t, message: t.alreadyBooked, advice: t.alreadyBookedWhat, link: startOver };
    case 'TRIAGE_EXPIRED':
      return { t, message: t.expired, link: startOver };
    default:
      return { t, message: problem.message, link: startOver };
  }
}
