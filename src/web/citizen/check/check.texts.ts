import type { Localized } from '../../../common/i18n/localized.js';

/** The rows a check page may show: a visit's place and contact, a callback's phone and e-mail. */
type CheckRowKey = 'errand' | 'place' | 'time' | 'name' | 'contact' | 'phone' | 'email';

export interface CheckTexts {
  title: string;
  lead: string;
  rows: Record<CheckRowKey, string>;
  change: string;
  /** Read after "Ret"/"Change" by screen readers: which answer it changes. */
  changeWhat: Record<CheckRowKey, string>;
  /** A callback: who calls whom, where and when. */
  call: (phone: string, moment: string) => string;
  callbackLead: string;
  callbackBook: string;
  /** A callback without an e-mail address: no confirmation by e-mail. */
  noEmail: string;
  /** Under the contact when "Send også besked på sms" was ticked. */
  smsToo: string;
  proofHeading: string;
  proofText: string;
  proofFailed: string;
  book: string;
}

export const CHECK_TEXTS: Localized<CheckTexts> = {
  da: {
    title: 'Tjek dine oplysninger',
    lead: 'Se efter, om det hele er rigtigt, før du booker tiden.',
    rows: {
      errand: 'Ærinde',
      place: 'Sted',
      time: 'Tid',
      name: 'Navn',
      contact: 'Kontakt',
      phone: 'Vi ringer til',
      email: 'E-mail',
    },
    change: 'Ret',
    changeWhat: {
      errand: 'ærinde',
      place: 'sted',
      time: 'tid',
      name: 'navn',
      contact: 'kontakt',
      phone: 'telefonnummer',
      email: 'e-mail',
    },
    call: (phone, moment) => `Vi ringer til dig på ${phone} ${moment}.`,
    callbackLead: 'Se efter, om det hele er rigtigt, før du booker opkaldet.',
    callbackBook: 'Book opkaldet',
    noEmail: 'Ingen – du får ingen bekræftelse på e-mail',
    smsToo: 'Du får også besked på sms',
    proofHeading: 'Robottjek',
    proofText:
      'Din browser løser en lille regneopgave, når du booker. Så ved vi, at bookingen ikke kommer fra en robot. Det tager et øjeblik.',
    proofFailed: 'Vi kunne ikke se, at bookingen kom fra et menneske. Prøv at booke igen',
    book: 'Book tiden',
  },
  en: {
    title: 'Check your answers',
    lead: 'Check that everything is right before you book the time.',
    rows: {
      errand: 'Errand',
      place: 'Place',
      time: 'Time',
      name: 'Name',
      contact: 'Contact',
      phone: 'Number we call',
      email: 'E-mail',
    },
    change: 'Change',
    changeWhat: {
      errand: 'errand',
      place: 'place',
      time: 'time',
      name: 'name',
      contact: 'contact',
      phone: 'phone number',
      email: 'e-mail',
    },
    call: (phone, moment) => `We will call you on ${phone} on ${moment}.`,
    callbackLead: 'Check that everything is right before you book the call.',
    callbackBook: 'Book the call',
    noEmail: 'None – you will get no confirmation by e-mail',
    smsToo: 'You also get text messages',
    proofHeading: 'Robot check',
    proofText:
      'Your browser solves a small calculation when you book. That tells us the booking does not come from a robot. It takes a moment.',
    proofFailed: 'We could not tell that the booking came from a person. Try booking again',
    book: 'Book the time',
  },
};
