import type { Localized } from '../../common/i18n/localized.js';

/** The waiting-room screen's words (da first, en). */
export const SCREEN_TEXTS = {
  da: {
    service: 'Kø',
    called: 'Gå til',
    number: 'Nummer',
    goTo: 'gå til',
    waiting: 'Venter',
    noneCalled: 'Ingen er kaldt lige nu.',
    noneWaiting: 'Ingen venter.',
    refresh: 'Opdater',
    hint: 'Vent, til dit nummer bliver vist her.',
  },
  en: {
    service: 'Queue',
    called: 'Please go to',
    number: 'Number',
    goTo: 'go to',
    waiting: 'Waiting',
    noneCalled: 'Nobody is called right now.',
    noneWaiting: 'Nobody is waiting.',
    refresh: 'Refresh',
    hint: 'Please wait until your number is shown here.',
  },
} satisfies Localized<Record<string, string>>;
