import type { Localized } from '../../../common/i18n/localized.js';

export const PLACES_TEXTS = {
  da: {
    title: 'Steder og åbningstider',
    intro: 'Her kan du møde Borgerservice. Book en tid, før du kommer, så venter du ikke.',
    book: 'Book en tid',
    address: 'Adresse',
    directions: 'Sådan kommer du hertil',
    hours: 'Åbningstider',
    today: 'I dag',
    tomorrow: 'I morgen',
    day: 'Dag',
    open: 'Åbent',
    none: 'Der er ingen steder åbne for booking lige nu. Ring til os.',
    kinds: {
      citizen_service: 'Borgerservice',
      library: 'Bibliotek',
      mobile: 'Borgerbus',
      hotline: 'Hotline',
    },
  },
  en: {
    title: 'Places and opening hours',
    intro:
      'This is where you can meet Citizen Service. Book a time before you come, and you will not have to wait.',
    book: 'Book a time',
    address: 'Address',
    directions: 'How to get there',
    hours: 'Opening hours',
    today: 'Today',
    tomorrow: 'Tomorrow',
    day: 'Day',
    open: 'Open',
    none: 'No places are open for booking right now. Please call us.',
    kinds: {
      citizen_service: 'Citizen Service',
      library: 'Library',
      mobile: 'Citizen bus',
      hotline: 'Hotline',
    },
  },
} satisfies Localized<Record<string, unknown>>;

export type PlacesTexts = (typeof PLACES_TEXTS)['da'];
