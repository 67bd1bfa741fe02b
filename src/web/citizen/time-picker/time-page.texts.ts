import type { Localized } from '../../../common/i18n/localized.js';

export const TIME_PAGE_TEXTS = {
  da: {
    title: 'Vælg tid',
    place: 'Sted',
    changePlace: 'Vælg et andet sted',
    next: 'Fortsæt',
    choose: 'Vælg en tid',
    gone: 'Tiden er ikke ledig længere. Vælg en anden tid.',
    invalid: 'Vælg en af de ledige tider',
  },
  en: {
    title: 'Choose a time',
    place: 'Place',
    changePlace: 'Choose another place',
    next: 'Continue',
    choose: 'Choose a time',
    gone: 'That time is no longer free. Choose another time.',
    invalid: 'Choose one of the free times',
  },
} satisfies Localized<Record<string, string>>;
