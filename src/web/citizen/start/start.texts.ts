import type { Localized } from '../../../common/i18n/localized.js';

export const START_TEXTS = {
  da: {
    title: 'Hvad skal du?',
    searchLabel: 'Skriv hvad du skal, med dine egne ord',
    searchHint: 'For eksempel "mistet mit pas" eller "flytte".',
    search: 'Søg',
    common: 'Det gør de fleste',
    results: 'Det fandt vi',
  },
  en: {
    title: 'What do you need to do?',
    searchLabel: 'Describe your errand in your own words',
    searchHint: 'For example "lost my passport" or "moving".',
    search: 'Search',
    common: 'Most people come for',
    results: 'What we found',
  },
} satisfies Localized<Record<string, string>>;
