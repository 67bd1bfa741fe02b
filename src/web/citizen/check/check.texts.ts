import type { Localized } from '../../../common/i18n/localized.js';

export interface CheckTexts {
  title: string;
  lead: string;
  rows: { errand: string; place: string; time: string; name: string; contact: string };
  change: string;
  /** Read after "Ret"/"Change" by screen readers: which answer it changes. */
  changeWhat: { errand: string; place: string; time: string; name: string; contact: string };
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
    rows: { errand: 'Ærinde', place: 'Sted', time: 'Tid', name: 'Navn', contact: 'Kontakt' },
    change: 'Ret',
    changeWhat: { errand: 'ærinde', place: 'sted', time: 'tid', name: 'navn', contact: 'kontakt' },
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
    rows: { errand: 'Errand', place: 'Place', time: 'Time', name: 'Name', contact: 'Contact' },
    change: 'Change',
    changeWhat: { errand: 'errand', place: 'place', time: 'time', name: 'name', contact: 'contact' },
    smsToo: 'You also get text messages',
    proofHeading: 'Robot check',
    proofText:
      'Your browser solves a small calculation when you book. That tells us the booking does not come from a robot. It takes a moment.',
    proofFailed: 'We could not tell that the booking came from a person. Try booking again',
    book: 'Book the time',
  },
};
