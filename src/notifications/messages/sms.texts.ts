import type { Localized } from '../../common/i18n/localized.js';
import type { MessageCase } from './message-case.js';

/** The visit's time and, when there is room, its place: `where` is "" or ", place[, address]". */
export interface SmsMoment {
  moment: string;
  previous: string | null;
  where: string;
}

/** The closing sentence's parts; each is null when the SMS has no room for it. */
export interface SmsTail {
  phone: string | null;
  bookAgainUrl: string | null;
}

/**
 * SMS texts: GSM-7 characters only (a unit test checks), no manage link (a token does not fit in
 * 160 characters, and an SMS may pass through a gateway's logs), no reason for a cancellation.
 */
export interface SmsTexts {
  lead: Record<MessageCase, (parts: SmsMoment) => string>;
  reference: (reference: string) => string;
  tail: Record<MessageCase, (parts: SmsTail) => string>;
  /**
   * A callback from the hotline: "we call you" at the time, no place. The SMS goes to the number we
   * call, so it never repeats it (an SMS may pass through a gateway's logs).
   */
  callback: {
    lead: Record<MessageCase, (parts: SmsMoment) => string>;
    tail: Partial<Record<MessageCase, (parts: SmsTail) => string>>;
    /** Closed after the second unanswered call: when we tried, and how to get a new call. */
    noAnswer: { lead: (tried: string) => string; tail: (parts: SmsTail) => string };
  };
}

export const SMS_TEXTS: Localized<SmsTexts> = {
  da: {
    lead: {
      confirmation: ({ moment, where }) => `Din tid er booket ${moment}${where}.`,
      reminder: ({ moment, where }) => `Husk din tid ${moment}${where}.`,
      changed: ({ moment, previous, where }) =>
        previous
          ? `Din tid er flyttet fra ${previous} til ${moment}${where}.`
          : `Din tid er flyttet til ${moment}${where}.`,
      cancelledByCitizen: ({ moment, where }) => `Du har aflyst din tid ${moment}${where}.`,
      cancelledByMunicipality: ({ moment, where }) =>
        `Vi har desværre måttet aflyse din tid ${moment}${where}.`,
    },
    reference: (reference) => `Ref. ${reference}.`,
    tail: {
      confirmation: ({ phone }) => (phone ? `Flyt/aflys med linket fra bookingen eller ring ${phone}.` : ''),
      reminder: ({ phone }) => (phone ? `Kan du ikke komme, så aflys med linket eller ring ${phone}.` : ''),
      changed: ({ phone }) => (phone ? `Spørgsmål: ring ${phone}.` : ''),
      cancelledByCitizen: () => '',
      cancelledByMunicipality: ({ phone, bookAgainUrl }) => {
        if (bookAgainUrl && phone) return `Book en ny tid på ${bookAgainUrl} eller ring ${phone}.`;
        if (bookAgainUrl) return `Book en ny tid på ${bookAgainUrl}.`;
        return phone ? `Ring ${phone} for en ny tid.` : '';
      },
    },
    callback: {
      lead: {
        confirmation: ({ moment }) => `Vi ringer til dig ${moment}.`,
        reminder: ({ moment }) => `Husk: Borgerservice ringer til dig ${moment}.`,
        changed: ({ moment, previous }) =>
          previous ? `Vi ringer til dig ${moment} i stedet for ${previous}.` : `Vi ringer til dig ${moment}.`,
        cancelledByCitizen: ({ moment }) => `Du har aflyst opkaldet ${moment}.`,
        cancelledByMunicipality: ({ moment }) => `Vi har desværre måttet aflyse opkaldet ${moment}.`,
      },
      tail: {
        reminder: ({ phone }) => (phone ? `Passer det ikke, så aflys med linket eller ring ${phone}.` : ''),
      },
      noAnswer: {
        lead: (tried) => `Vi kunne ikke få fat i dig, da vi ringede ${tried}.`,
        tail: ({ phone, bookAgainUrl }) => {
          if (bookAgainUrl && phone) return `Bestil et nyt opkald på ${bookAgainUrl} eller ring ${phone}.`;
          if (bookAgainUrl) return `Bestil et nyt opkald på ${bookAgainUrl}.`;
          return phone ? `Ring ${phone} for et nyt opkald.` : '';
        },
      },
    },
  },
  en: {
    lead: {
      confirmation: ({ moment, where }) => `Your appointment is booked: ${moment}${where}.`,
      reminder: ({ moment, where }) => `Reminder: your appointment is ${moment}${where}.`,
      changed: ({ moment, previous, where }) =>
        previous
          ? `Your appointment has moved from ${previous} to ${moment}${where}.`
          : `Your appointment has moved to ${moment}${where}.`,
      cancelledByCitizen: ({ moment, where }) => `You have cancelled your appointment on ${moment}${where}.`,
      cancelledByMunicipality: ({ moment, where }) =>
        `Sorry, we have had to cancel your appointment on ${moment}${where}.`,
    },
    reference: (reference) => `Ref. ${reference}.`,
    tail: {
      confirmation: ({ phone }) =>
        phone ? `To move or cancel, use the link from your booking or call ${phone}.` : '',
      reminder: ({ phone }) => (phone ? `Cannot come? Cancel with the link or call ${phone}.` : ''),
      changed: ({ phone }) => (phone ? `Questions: call ${phone}.` : ''),
      cancelledByCitizen: () => '',
      cancelledByMunicipality: ({ phone, bookAgainUrl }) => {
        if (bookAgainUrl && phone) return `Book a new one at ${bookAgainUrl} or call ${phone}.`;
        if (bookAgainUrl) return `Book a new one at ${bookAgainUrl}.`;
        return phone ? `Call ${phone} to book a new one.` : '';
      },
    },
    callback: {
      lead: {
        confirmation: ({ moment }) => `We will call you on ${moment}.`,
        reminder: ({ moment }) => `Reminder: Citizen Service will call you on ${moment}.`,
        changed: ({ moment, previous }) =>
          previous
            ? `We will call you on ${moment} instead of ${previous}.`
            : `We will call you on ${moment}.`,
        cancelledByCitizen: ({ moment }) => `You have cancelled the call on ${moment}.`,
        cancelledByMunicipality: ({ moment }) => `Sorry, we have had to cancel the call on ${moment}.`,
      },
      tail: {
        reminder: ({ phone }) => (phone ? `Not a good time? Cancel with the link or call ${phone}.` : ''),
      },
      noAnswer: {
        lead: (tried) => `We could not reach you when we called on ${tried}.`,
        tail: ({ phone, bookAgainUrl }) => {
          if (bookAgainUrl && phone) return `Book a new call at ${bookAgainUrl} or call ${phone}.`;
          if (bookAgainUrl) return `Book a new call at ${bookAgainUrl}.`;
          return phone ? `Call ${phone} to get a new call.` : '';
        },
      },
    },
  },
};
