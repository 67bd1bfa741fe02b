import type { Localized } from '../../../../common/i18n/localized.js';

export const OPENING_HOURS_TEXTS = {
  da: {
    title: 'Ret åbningstider',
    intro: (name: string) =>
      `Ugens faste åbningstider for ${name}. En dag kan have flere perioder, fx 09:00–12:00 og 13:00–17:30. Tomme felter betyder lukket.`,
    hint: 'Skriv tider som 09:00 eller 9.00. Efter at have gemt kan du tilføje endnu en periode til en dag.',
    periodsKept: 'Særlige perioder (fx sommertider) bliver ikke ændret her.',
    opens: (period: number) =>
      period === 0 ? 'Åbner' : period === 1 ? 'Åbner igen' : `Åbner igen (${period + 1})`,
    closes: (period: number) =>
      period === 0 ? 'Lukker' : period === 1 ? 'Lukker igen' : `Lukker igen (${period + 1})`,
    save: 'Gem åbningstiderne',
    cancel: 'Tilbage til stedet',
    pairMissing: 'Skriv både hvornår stedet åbner og lukker, eller lad begge felter stå tomme',
    timeInvalid: 'Skriv tiden som 09:00, fra 00:00 til 23:59',
    closesBeforeOpens: 'Stedet skal lukke senere, end det åbner',
    overlap: 'Perioden overlapper en anden periode samme dag',
  },
  en: {
    title: 'Change opening hours',
    intro: (name: string) =>
      `The usual weekly opening hours of ${name}. A day can have several periods, e.g. 09:00–12:00 and 13:00–17:30. Empty fields mean closed.`,
    hint: 'Write times as 09:00 or 9.00. After saving you can add another period to a day.',
    periodsKept: 'Special periods (e.g. summer hours) are not changed here.',
    opens: (period: number) =>
      period === 0 ? 'Opens' : period === 1 ? 'Opens again' : `Opens again (${period + 1})`,
    closes: (period: number) =>
      period === 0 ? 'Closes' : period === 1 ? 'Closes again' : `Closes again (${period + 1})`,
    save: 'Save the opening hours',
    cancel: 'Back to the place',
    pairMissing: 'Enter both when the place opens and when it closes, or leave both empty',
    timeInvalid: 'Enter the time as 09:00, from 00:00 to 23:59',
    closesBeforeOpens: 'The place must close later than it opens',
    overlap: 'The period overlaps another period on the same day',
  },
} satisfies Localized<Record<string, unknown>>;

export type OpeningHoursTexts = (typeof OPENING_HOURS_TEXTS)['da'];
