import type { BookingKind } from '../../../bookings/entities/booking.entity.js';
import type { Language, Localized } from '../../../common/i18n/localized.js';

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

/** What a callback's manage pages say instead: a call is moved and cancelled, not a visit. */
export const CALLBACK_TEXTS: Localized<{
  manage: Partial<ManageTexts>;
  cancel: Partial<CancelTexts>;
  reschedule: Partial<RescheduleTexts>;
}> = {
  da: {
    manage: {
      title: 'Dit opkald',
      moved: 'Dit opkald er flyttet',
      cancelledNow: 'Dit opkald er aflyst',
      change: 'Vælg en anden tid',
      cancel: 'Aflys opkaldet',
      cancelledInfo:
        'Opkaldet er aflyst. Har du stadig brug for hjælp, kan du starte forfra og booke et nyt opkald.',
      bookNew: 'Start forfra',
      pastInfo: 'Opkaldet er begyndt eller overstået og kan ikke ændres. Ring til os, hvis du har spørgsmål.',
    },
    cancel: {
      title: 'Aflys dit opkald',
      question: 'Vil du aflyse opkaldet?',
      confirm: 'Ja, aflys opkaldet',
      keep: 'Nej, behold opkaldet',
    },
    reschedule: {
      title: 'Vælg en anden tid',
      current: 'Dit opkald nu',
      submit: 'Flyt opkaldet til den valgte tid',
    },
  },
  en: {
    manage: {
      title: 'Your call',
      moved: 'Your call has been moved',
      cancelledNow: 'Your call has been cancelled',
      change: 'Choose another time',
      cancel: 'Cancel the call',
      cancelledInfo:
        'The call is cancelled. If you still need help, you can start again and book a new call.',
      bookNew: 'Start again',
      pastInfo: 'The call has started or is over and cannot be changed. Call us if you have questions.',
    },
    cancel: {
      title: 'Cancel your call',
      question: 'Do you want to cancel the call?',
      confirm: 'Yes, cancel the call',
      keep: 'No, keep the call',
    },
    reschedule: {
      title: 'Choose another time',
      current: 'Your call now',
      submit: 'Move the call to the chosen time',
    },
  },
};

type Kinded = 'manage' | 'cancel' | 'reschedule';
const BY_GROUP = { manage: MANAGE_TEXTS, cancel: CANCEL_TEXTS, reschedule: RESCHEDULE_TEXTS };

/** A manage page's texts for the booking's kind: a callback's own words over a visit's. */
export function textsFor<G extends Kinded>(
  group: G,
  kind: BookingKind,
  language: Language,
): (typeof BY_GROUP)[G]['da'] {
  const texts = BY_GROUP[group][language];
  return kind === 'callback' ? { ...texts, ...CALLBACK_TEXTS[language][group] } : texts;
}
