import type { MessageView } from './message-view.js';

/** A booking's message view as the outbox worker builds it, for the composers' specs. */
export function messageView(overrides: Partial<MessageView> = {}): MessageView {
  return {
    kind: 'confirmation',
    callback: null,
    language: 'da',
    reference: 'K7NP-4TXA',
    errand: 'Forny kørekort',
    // Tuesday 8 December 2026, 10.15 in Copenhagen (UTC+1).
    startsAt: new Date('2026-12-08T09:15:00Z'),
    endsAt: new Date('2026-12-08T09:35:00Z'),
    timeZone: 'Europe/Copenhagen',
    previousStartsAt: null,
    place: { name: 'Borgerservice Ebeltoft', address: 'Torvegade 8, 8400 Ebeltoft', directions: null },
    bring: ['Dit gamle kørekort', 'Et nyt foto'],
    fee: '280 kr.',
    manageUrl: null,
    cancelledBy: null,
    cancelReason: null,
    municipality: 'Syddjurs Kommune',
    phone: '+45 70 10 20 30',
    publicBaseUrl: 'https://book.syddjurs.dk',
    triedAt: null,
    errandCode: 'KOREKORT_FORNY',
    ...overrides,
  };
}

/** The longest values a catalog and a municipality realistically give. */
export const LONGEST: Partial<MessageView> = {
  errand: 'Hjælp til eller undtagelse fra digital selvbetjening og Digital Post',
  // A Wednesday in September: the longest Danish weekday and month names meet the longest English ones.
  startsAt: new Date('2026-09-30T08:45:00Z'),
  previousStartsAt: new Date('2026-09-23T12:30:00Z'),
  place: {
    name: 'Borgerservice Ringkøbing-Skjern, Tarm Bibliotek og Borgerservicecenter (Skranke 2)',
    address: 'Borgerbussen – kører til arrangementer i kommunen, Søndergade 123, 1. sal, 6880 Tarm',
    directions: 'Indgang fra gården',
  },
  phone: '+45 70 10 20 30 40 50',
  publicBaseUrl: 'https://borgerservice-tidsbestilling.ringkobing-skjern.dk',
};

/** A callback's view: the hotline calls the citizen on the number given; no place to come to. */
export const CALLBACK: Partial<MessageView> = {
  callback: { phone: '+45 12 34 56 78' },
  errand: 'MitID',
  place: {
    name: 'Borgerservice Hotline',
    address: 'Telefon 87 53 50 00 – vi ringer til dig',
    directions: null,
  },
  bring: [],
  fee: null,
};
