import { DateTime } from 'luxon';
import type { BookingKind } from '../../../bookings/entities/booking.entity.js';
import type { Language } from '../../../common/i18n/localized.js';
import type { FieldError } from '../../page/pages.service.js';
import { momentForPeople } from '../../page/people-time.js';
import {
  type BookingChoice,
  type ContactField,
  type ContactInput,
  type ContactProblem,
  SMS_CHOSEN,
} from './contact-form.js';
import { CONTACT_TEXTS, type ContactTexts } from './contact.texts.js';

/** The place as the booking pages show it. */
export interface PlaceForPeople {
  code: string;
  name: string;
  address: string;
  timeZone: string;
}

export interface ContactView {
  t: ContactTexts;
  /** A callback: the phone number is asked for first, and required. */
  callback: boolean;
  /** Where the form posts (without the language; the template adds it). */
  action: string;
  /** Carried in hidden fields: not personal data, but not the citizen's to change here. */
  choice: BookingChoice;
  /** "tirsdag 8. december kl. 10.15 – Borgerservice Ebeltoft" (a callback: the moment alone). */
  chosen: string;
  /** "Du har valgt" / "Vi ringer til dig". */
  chosenLabel: string;
  input: ContactInput;
  /** What the SMS checkbox sends when ticked. */
  smsValue: string;
  /** The message shown at each field that has a problem. */
  fieldErrors: Partial<Record<ContactField | 'contact', string>>;
}

/** The error summary's entries: one per field, linking to its input. */
export function contactErrors(problems: ContactProblem[], language: Language): FieldError[] {
  const t = CONTACT_TEXTS[language];
  return problems.map(({ field, problem }) => ({ field, message: t.problems[problem] }));
}

/** The picker this time came from, on its day: where "back" and "change the time" go. */
export function timePickerPath(choice: BookingChoice, zone: string): string {
  const day = DateTime.fromISO(choice.start).setZone(zone).toISODate();
  const query = new URLSearchParams({ sted: choice.location, ...(day && { dag: day }) });
  return `/book/${choice.triage}/tid?${query.toString()}`;
}

export function toContactView(input: {
  choice: BookingChoice;
  place: PlaceForPeople;
  contact: ContactInput;
  problems: ContactProblem[];
  language: Language;
  now: Date;
  kind?: BookingKind;
}): ContactView {
  const { choice, place, language } = input;
  const t = CONTACT_TEXTS[language];
  const callback = input.kind === 'callback';
  const moment = momentForPeople(choice.start, place.timeZone, language, input.now);
  const fieldErrors: ContactView['fieldErrors'] = {};
  for (const { field, problem } of input.problems) {
    const message = CONTACT_TEXTS[language].problems[problem];
    // "Give one of them" belongs to the pair, shown once above both fields.
    if (problem === 'noContact') fieldErrors.contact = message;
    else fieldErrors[field] ??= message;
  }
  return {
    t,
    callback,
    action: `/book/${choice.triage}/kontakt`,
    choice,
    chosen: callback ? moment : `${moment} – ${place.name}`,
    chosenLabel: callback ? t.callback.chosen : t.chosen,
    input: input.contact,
    smsValue: SMS_CHOSEN,
    fieldErrors,
  };
}
