import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { CreateBookingDto } from '../../../bookings/dto/booking.dto.js';
import type { BookingKind } from '../../../bookings/entities/booking.entity.js';
import type { Language } from '../../../common/i18n/localized.js';
import { formText } from '../../page/form-text.js';

/** What the citizen typed, as typed: a form shown again keeps it. */
export interface ContactInput {
  name: string;
  email: string;
  phone: string;
  /** "Send også besked på sms" is ticked. */
  sms: boolean;
}

/** The checkbox's value when ticked (an unticked checkbox sends nothing). */
export const SMS_CHOSEN = 'ja';

/** The choices before the contact step (from the time picker's link), as the page received them. */
export interface BookingChoice {
  triage: string;
  /** `sted`: the location code. */
  location: string;
  /** `tid`: the start, an ISO instant with offset. */
  start: string;
}

/** The input ids the error summary links to (the contact fields share one for "give one of them"). */
export type ContactField = 'name' | 'email' | 'phone';

/** Why a field is refused, in words the texts have a sentence for. */
export type ContactProblemKey =
  | 'nameMissing'
  | 'nameTooLong'
  | 'nameCpr'
  | 'nameCharacters'
  | 'noContact'
  | 'emailInvalid'
  | 'emailTooLong'
  | 'phoneInvalid'
  | 'phoneTooLong'
  | 'smsNeedsPhone'
  | 'phoneMissing'
  | 'callPhoneInvalid'
  | 'callPhoneTooLong';

export interface ContactProblem {
  field: ContactField;
  problem: ContactProblemKey;
}

/** The choices' fields that are not well-formed: not the citizen's to fix on this page. */
export type ChoiceField = keyof BookingChoice;

export type ContactCheck =
  | { ok: true; dto: CreateBookingDto }
  | { ok: false; problems: ContactProblem[]; brokenChoice: ChoiceField[] };

/** The contact fields of a posted form; anything but one string per field counts as empty. */
export function readContact(body: Record<string, unknown> | undefined): ContactInput {
  return {
    name: formText(body?.name),
    email: formText(body?.email),
    phone: formText(body?.phone),
    sms: formText(body?.sms) === SMS_CHOSEN,
  };
}

/** The choices a posted form carries in hidden fields, beside the triage from the path. */
export function readChoice(triage: string, body: Record<string, unknown> | undefined): BookingChoice {
  return { triage, location: formText(body?.sted), start: formText(body?.tid) };
}

/** The first problem of one property, by which constraint class-validator reports. */
function nameProblem(error: ValidationError): ContactProblemKey {
  const failed = Object.keys(error.constraints ?? {});
  const value = error.value as unknown;
  if (typeof value !== 'string' || value === '') return 'nameMissing';
  if (failed.includes('noCpr')) return 'nameCpr';
  if (failed.includes('isLength')) return 'nameTooLong';
  return 'nameCharacters';
}

function citizenProblems(error: ValidationError): ContactProblem[] {
  const problems: ContactProblem[] = [];
  // The object's own constraints: neither an e-mail address nor a phone number was given, or SMS
  // was asked for without a number (shown at the number: that is what is missing).
  if (error.constraints?.hasContact) problems.push({ field: 'email', problem: 'noContact' });
  if (error.constraints?.smsNeedsPhone) problems.push({ field: 'phone', problem: 'smsNeedsPhone' });
  for (const child of error.children ?? []) {
    const failed = Object.keys(child.constraints ?? {});
    if (child.property === 'name') problems.push({ field: 'name', problem: nameProblem(child) });
    if (child.property === 'email')
      problems.push({
        field: 'email',
        problem: failed.includes('maxLength') ? 'emailTooLong' : 'emailInvalid',
      });
    if (child.property === 'phone')
      problems.push({
        field: 'phone',
        problem: failed.includes('maxLength') ? 'phoneTooLong' : 'phoneInvalid',
      });
  }
  return problems;
}

/** The fields in the form's order: a callback asks for the number first, the e-mail is optional. */
const FIELD_ORDER: Record<BookingKind, ContactField[]> = {
  visit: ['name', 'email', 'phone'],
  callback: ['name', 'phone', 'email'],
};

/** A callback's number is the one we call: required, and called a phone number, not a mobile one. */
const CALLBACK_PROBLEMS: Partial<Record<ContactProblemKey, ContactProblemKey>> = {
  phoneInvalid: 'callPhoneInvalid',
  phoneTooLong: 'callPhoneTooLong',
};

function forCallback(problems: ContactProblem[], noPhone: boolean): ContactProblem[] {
  const own = problems
    // "Give an e-mail or a number" and "SMS needs a number" both say the number is missing.
    .filter(({ problem }) => problem !== 'noContact' && problem !== 'smsNeedsPhone')
    .map(({ field, problem }) => ({ field, problem: CALLBACK_PROBLEMS[problem] ?? problem }));
  if (noPhone) own.push({ field: 'phone', problem: 'phoneMissing' });
  return own;
}

/** The choice's fields by the API property that checks each. */
const CHOICE_FIELDS: [ChoiceField, keyof CreateBookingDto][] = [
  ['triage', 'triage'],
  ['location', 'location'],
  ['start', 'start'],
];

/**
 * Checks a booking request by the API's own rules (CreateBookingDto with class-validator, the
 * transforms included), so the page refuses exactly what POST /bookings would — and, for a
 * callback, a missing phone number, which the booking refuses too. Problems with the citizen's
 * fields become one problem per field, in the form's order; problems with the triage, place or time
 * are not the citizen's to fix (`brokenChoice`).
 */
export async function checkBooking(
  choice: BookingChoice,
  contact: ContactInput,
  language: Language,
  kind: BookingKind = 'visit',
): Promise<ContactCheck> {
  const plain = {
    triage: choice.triage,
    start: choice.start,
    location: choice.location,
    citizen: {
      name: contact.name,
      email: contact.email,
      phone: contact.phone,
      ...(contact.sms && { sms: true }),
    },
    language,
  };
  const dto = plainToInstance(CreateBookingDto, plain);
  const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
  const callback = kind === 'callback';
  const noPhone = contact.phone.trim() === '';
  if (errors.length === 0 && !(callback && noPhone)) return { ok: true, dto };
  const citizen = errors.find((error) => error.property === 'citizen');
  const found = citizen ? citizenProblems(citizen) : [];
  const order = FIELD_ORDER[kind];
  const problems = (callback ? forCallback(found, noPhone) : found).sort(
    (a, b) => order.indexOf(a.field) - order.indexOf(b.field),
  );
  const brokenChoice = CHOICE_FIELDS.filter(([, property]) =>
    errors.some((error) => error.property === property),
  ).map(([field]) => field);
  return { ok: false, problems, brokenChoice };
}

/** An empty contact form. */
export const NO_CONTACT: ContactInput = { name: '', email: '', phone: '', sms: false };

/** The choices' fields that are not well-formed (triage id, place, time), before any contact is asked. */
export async function brokenChoice(choice: BookingChoice, language: Language): Promise<ChoiceField[]> {
  const result = await checkBooking(choice, NO_CONTACT, language);
  return result.ok ? [] : result.brokenChoice;
}
