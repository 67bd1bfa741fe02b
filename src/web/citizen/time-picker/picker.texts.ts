import type { Localized } from '../../../common/i18n/localized.js';

export interface TimePickerTexts {
  firstFree: string;
  firstFreeButton: string;
  days: string;
  times: (day: string) => string;
  chosenDay: string;
  free: (count: number) => string;
  full: string;
  fullDay: (day: string) => string;
  nextWithTimes: (day: string) => string;
  noneAfter: string;
  none: string;
  morning: string;
  afternoon: string;
  earlier: string;
  later: string;
}

export const TIME_PICKER_TEXTS: Localized<TimePickerTexts> = {
  da: {
    firstFree: 'Første ledige tid',
    firstFreeButton: 'Vælg første ledige tid',
    days: 'Dage',
    times: (day) => `Ledige tider ${day}`,
    chosenDay: 'valgt dag',
    free: (count) => (count === 1 ? '1 ledig tid' : `${count} ledige tider`),
    full: 'Ingen ledige tider',
    fullDay: (day) => `Der er ingen ledige tider ${day}.`,
    nextWithTimes: (day) => `Se tider ${day}`,
    noneAfter: 'Der er ingen ledige tider de følgende dage. Vælg en tidligere dag.',
    none: 'Der er ingen ledige tider på disse dage. Se senere dage, prøv et andet sted, eller ring til os.',
    morning: 'Formiddag',
    afternoon: 'Eftermiddag',
    earlier: 'Tidligere dage',
    later: 'Senere dage',
  },
  en: {
    firstFree: 'First free time',
    firstFreeButton: 'Choose the first free time',
    days: 'Days',
    times: (day) => `Free times on ${day}`,
    chosenDay: 'chosen day',
    free: (count) => (count === 1 ? '1 free time' : `${count} free times`),
    full: 'No free times',
    fullDay: (day) => `There are no free times on ${day}.`,
    nextWithTimes: (day) => `See times on ${day}`,
    noneAfter: 'There are no free times on the following days. Choose an earlier day.',
    none: 'There are no free times on these days. See later days, try another place, or call us.',
    morning: 'Morning',
    afternoon: 'Afternoon',
    earlier: 'Earlier days',
    later: 'Later days',
  },
};
