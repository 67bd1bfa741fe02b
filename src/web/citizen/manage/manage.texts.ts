import type { Localized } from '../../../common/i18n/localized.js';

export interface ManageTexts {
  title: string;
  status: string;
  moved: string;
  cancelledNow: string;
  change: string;
  cancel: string;
  cancelledInfo: string;
  bookNew: string;
  pastInfo: string;
}

export const MANAGE_TEXTS: Localized<ManageTexts> = {
  da: {
    title: 'Din tid',
    status: 'Status',
    moved: 'Din tid er flyttet',
    cancelledNow: 'Din tid er aflyst',
    change: 'Flyt tiden',
    cancel: 'Aflys tiden',
    cancelledInfo: 'Tiden er aflyst. Har du stadig brug for at komme, kan du booke en ny tid.',
    bookNew: 'Book en ny tid',
    pastInfo: 'Tiden er begyndt eller overstået og kan ikke ændres. Ring til os, hvis du har spørgsmål.',
  },
  en: {
    title: 'Your appointment',
    status: 'Status',
    moved: 'Your appointment has been moved',
    cancelledNow: 'Your appointment has been cancelled',
    change: 'Change the time',
    cancel: 'Cancel the appointment',
    cancelledInfo: 'The appointment is cancelled. If you still need to come, you can book a new time.',
    bookNew: 'Book a new time',
    pastInfo: 'The appointment has started or is over and cannot be changed. Call us if you have questions.',
  },
};

export interface CancelTexts {
  title: string;
  question: string;
  reasonLabel: string;
  reasonHint: string;
  confirm: string;
  keep: string;
  reasonCpr: string;
  reasonTooLong: string;
}

export const CANCEL_TEXTS: Localized<CancelTexts> = {
  da: {
    title: 'Aflys din tid',
    question: 'Vil du aflyse denne tid?',
    reasonLabel: 'Hvorfor aflyser du? (valgfrit)',
    reasonHint: 'Skriv ikke dit CPR-nummer eller andre personlige oplysninger.',
    confirm: 'Ja, aflys tiden',
    keep: 'Nej, behold tiden',
    reasonCpr: 'Skriv begrundelsen uden CPR-nummer',
    reasonTooLong: 'Begrundelsen må højst være 500 tegn',
  },
  en: {
    title: 'Cancel your appointment',
    question: 'Do you want to cancel this appointment?',
    reasonLabel: 'Why are you cancelling? (optional)',
    reasonHint: 'Do not write your CPR number or other personal details.',
    confirm: 'Yes, cancel the appointment',
    keep: 'No, keep it',
    reasonCpr: 'Write the reason without a CPR number',
    reasonTooLong: 'The reason must be 500 characters or fewer',
  },
};

export interface RescheduleTexts {
  title: string;
  current: string;
  submit: string;
  noTime: string;
  slotGone: string;
}

export const RESCHEDULE_TEXTS: Localized<RescheduleTexts> = {
  da: {
    title: 'Flyt din tid',
    current: 'Din tid nu',
    submit: 'Flyt til den valgte tid',
    noTime: 'Vælg en ny tid',
    slotGone: 'Tiden er ikke ledig længere. Vælg en anden tid',
  },
  en: {
    title: 'Change your appointment',
    current: 'Your time now',
    submit: 'Move to the chosen time',
    noTime: 'Choose a new time',
    slotGone: 'The time is no longer free. Choose another time',
  },
};
