import type { Localized } from '../../../../common/i18n/localized.js';

/** The part of a form that lists the booked visits a change would hit, and offers to cancel them. */
export const AFFECTED_TEXTS = {
  da: {
    heading: (n: number) =>
      n === 1 ? 'Ændringen rammer 1 booket besøg' : `Ændringen rammer ${n} bookede besøg`,
    intro:
      'Besøgene ligger på tider, hvor stedet så er lukket eller ikke kan tage ærindet. Intet er gemt endnu. Ret ændringen, eller aflys besøgene og gem.',
    reference: 'Reference',
    time: 'Tid',
    place: 'Sted',
    errand: 'Ærinde',
    legend: 'Aflys besøgene',
    notTold: 'Borgerne får ikke besked automatisk. Ring eller skriv til dem bagefter.',
    reason: 'Begrundelse for aflysningen',
    reasonHint: 'Gemmes på bookingen. Højst 200 tegn, ingen CPR-numre.',
    confirm: (n: number) => (n === 1 ? 'Aflys dette besøg' : `Aflys disse ${n} besøg`),
    submit: 'Gem og aflys besøgene',
    reasonMissing: 'Skriv en begrundelse for aflysningen',
    reasonTooLong: 'Begrundelsen må højst være 200 tegn',
    reasonCpr: 'Skriv begrundelsen uden CPR-nummer',
    confirmMissing: (n: number) =>
      `Sæt kryds ved »${n === 1 ? 'Aflys dette besøg' : `Aflys disse ${n} besøg`}« for at aflyse`,
    changed: 'Listen over ramte besøg har ændret sig. Se den igen, før du aflyser.',
  },
  en: {
    heading: (n: number) =>
      n === 1 ? 'The change hits 1 booked visit' : `The change hits ${n} booked visits`,
    intro:
      'The visits are at times when the place would be closed or unable to take the errand. Nothing is saved yet. Correct the change, or cancel the visits and save.',
    reference: 'Reference',
    time: 'Time',
    place: 'Place',
    errand: 'Errand',
    legend: 'Cancel the visits',
    notTold: 'The citizens are not told automatically. Call or write to them afterwards.',
    reason: 'Reason for cancelling',
    reasonHint: 'Kept with the booking. At most 200 characters, no CPR numbers.',
    confirm: (n: number) => (n === 1 ? 'Cancel this visit' : `Cancel these ${n} visits`),
    submit: 'Save and cancel the visits',
    reasonMissing: 'Write a reason for cancelling',
    reasonTooLong: 'The reason can be at most 200 characters',
    reasonCpr: 'Write the reason without a CPR number',
    confirmMissing: (n: number) =>
      `Tick “${n === 1 ? 'Cancel this visit' : `Cancel these ${n} visits`}” to cancel them`,
    changed: 'The list of visits hit has changed. Look at it again before cancelling.',
  },
} satisfies Localized<Record<string, unknown>>;

export type AffectedTexts = (typeof AFFECTED_TEXTS)['da'];
