import type { Localized } from '../../../common/i18n/localized.js';

export const TIME_PAGE_TEXTS = {
  da: {
    title: 'Vælg tid',
    callbackTitle: 'Vælg hvornår vi skal ringe',
    callLength: (minutes: number) => `Opkaldet tager cirka ${minutes} minutter.`,
    callNumber: 'Du skriver det telefonnummer, vi skal ringe til, i næste trin.',
    place: 'Sted',
    changePlace: 'Vælg et andet sted',
    next: 'Fortsæt',
    choose: 'Vælg en tid',
    gone: 'Tiden er ikke ledig længere. Vælg en anden tid.',
    invalid: 'Vælg en af de ledige tider',
  },
  en: {
    title: 'Choose a time',
    callbackTitle: 'Choose when we should call you',
    callLength: (minutes: number) => `The call takes about ${minutes} minutes.`,
    callNumber: 'You give the phone number we should call in the next step.',
    place: 'Place',
    changePlace: 'Choose another place',
    next: 'Continue',
    choose: 'Choose a time',
    gone: 'That time is no longer free. Choose another time.',
    invalid: 'Choose one of the free times',
  },
} satisfies Localized<Record<string, unknown>>;
