import type { Localized } from '../../../common/i18n/localized.js';

export const LOCATION_TEXTS = {
  da: {
    title: 'Vælg sted',
    legend: 'Hvor vil du møde op?',
    hint: 'Du kan kun vælge steder, der kan tage dit ærinde.',
    firstFree: (moment: string) => `Første ledige tid: ${moment}`,
    noneFree: (days: number) => `Ingen ledige tider de næste ${days} dage`,
    today: (hours: string) => `Åbent i dag: ${hours}`,
    more: 'Åbningstider og vej',
    choose: 'Vælg et sted',
    unknown: 'Vælg et af stederne på listen',
    next: 'Fortsæt',
    none: 'Lige nu kan ingen af vores steder tage dit ærinde. Ring til os, så finder vi en løsning.',
    allPlaces: 'Se alle steder og åbningstider',
  },
  en: {
    title: 'Choose a place',
    legend: 'Where do you want to come?',
    hint: 'You can only choose places that can handle your errand.',
    firstFree: (moment: string) => `First free time: ${moment}`,
    noneFree: (days: number) => `No free times in the next ${days} days`,
    today: (hours: string) => `Open today: ${hours}`,
    more: 'Opening hours and how to get there',
    choose: 'Choose a place',
    unknown: 'Choose one of the places in the list',
    next: 'Continue',
    none: 'Right now none of our places can handle your errand. Call us, and we will find a solution.',
    allPlaces: 'See all places and opening hours',
  },
} satisfies Localized<Record<string, unknown>>;

export type LocationTexts = (typeof LOCATION_TEXTS)['da'];
