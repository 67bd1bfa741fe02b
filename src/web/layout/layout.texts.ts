import type { Localized } from '../../common/i18n/localized.js';

/** The layout's own words: header, language switch, footer. Pages keep theirs beside them. */
export const LAYOUT_TEXTS = {
  da: {
    skipToContent: 'Gå til sidens indhold',
    service: 'Book tid',
    borgerservice: 'Borgerservice',
    errorPrefix: 'Fejl',
    otherLanguage: 'English',
    otherLanguageLabel: 'Read this page in English',
    contact: 'Kontakt Borgerservice',
    phone: 'Telefon',
    accessibility: 'Tilgængelighedserklæring',
    privacy: 'Vi beder kun om det, vi skal bruge for at give dig en tid. Du skal ikke oplyse dit CPR-nummer.',
    back: 'Tilbage',
    errorSummary: 'Der er et problem',
    start: 'Til forsiden',
  },
  en: {
    skipToContent: 'Skip to main content',
    service: 'Book an appointment',
    borgerservice: 'Citizen Service',
    errorPrefix: 'Error',
    otherLanguage: 'Dansk',
    otherLanguageLabel: 'Læs siden på dansk',
    contact: 'Contact Citizen Service',
    phone: 'Phone',
    accessibility: 'Accessibility statement',
    privacy: 'We only ask for what we need to give you an appointment. You do not need your CPR number.',
    back: 'Back',
    errorSummary: 'There is a problem',
    start: 'To the start page',
  },
} satisfies Localized<Record<string, string>>;

export type LayoutTexts = (typeof LAYOUT_TEXTS)['da'];
