import type { Language } from '../../../../common/i18n/localized.js';
import { isLocalDate, isLocalTime } from '../../../../common/validation/patterns.js';
import type { FieldError } from '../../../page/pages.service.js';
import { CLOSURE_TEXTS } from './closure.texts.js';
import { normaliseTime } from './opening-hours-form.js';
import { formText } from '../../../page/form-text.js';

/** The closure form as typed (shown again as typed when it has problems). */
export interface ClosureFormValues {
  startsOn: string;
  endsOn: string;
  scope: 'here' | 'all';
  /** All day, or only between `closedFrom` and `closedTo` on each of the days. */
  hours: 'day' | 'some';
  closedFrom: string;
  closedTo: string;
  reason: string;
}

const text = (value: unknown) => formText(value).trim();

export function closureValues(body: Record<string, unknown> | undefined): ClosureFormValues {
  return {
    startsOn: text(body?.startsOn),
    endsOn: text(body?.endsOn),
    scope: body?.scope === 'all' ? 'all' : 'here',
    hours: body?.hours === 'some' ? 'some' : 'day',
    closedFrom: text(body?.closedFrom),
    closedTo: text(body?.closedTo),
    reason: text(body?.reason),
  };
}

const DANISH_DATE = /^(\d{1,2})[.\-/ ](\d{1,2})[.\-/ ](\d{4})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date as Danes write it ("24.12.2026", "24-12-2026", "1/2/2027") or as ISO ("2026-12-24"), as
 * "YYYY-MM-DD"; whether that day exists is the DTO's check. Anything else is passed on as typed,
 * so the DTO refuses it.
 */
export function isoDate(typed: string): string {
  if (ISO_DATE.test(typed)) return typed;
  const match = DANISH_DATE.exec(typed);
  if (!match) return typed;
  const [, day, month, year] = match;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/**
 * The plain object CreateClosureDto checks; an empty last day means the first. With "some hours",
 * both times go along even when empty, so that the DTO asks for them.
 */
export function closurePlain(values: ClosureFormValues, location: string): Record<string, unknown> {
  const startsOn = isoDate(values.startsOn);
  return {
    ...(values.scope === 'here' && { location }),
    startsOn,
    endsOn: values.endsOn === '' ? startsOn : isoDate(values.endsOn),
    reason: values.reason,
    ...(values.hours === 'some' && {
      closedFrom: normaliseTime(values.closedFrom),
      closedTo: normaliseTime(values.closedTo),
    }),
  };
}

/** The fields in the order the form shows them, so the error summary reads down the page. */
const FORM_ORDER = ['startsOn', 'endsOn', 'location', 'closedFrom', 'closedTo', 'reason'];

/** The DTO's problems as people read them, at the fields of the form, in the form's order. */
export function closureErrors(
  errors: FieldError[],
  values: ClosureFormValues,
  language: Language,
): FieldError[] {
  const t = CLOSURE_TEXTS[language];
  // An empty last day stands for the first: a problem there is the first day's, said there.
  const shown = errors
    .filter(({ field }) => !(field === 'endsOn' && values.endsOn === ''))
    .sort((a, b) => FORM_ORDER.indexOf(a.field) - FORM_ORDER.indexOf(b.field));
  return shown.map(({ field, message }) => {
    if (field === 'startsOn')
      return { field, message: values.startsOn === '' ? t.startsOnMissing : t.startsOnInvalid };
    if (field === 'endsOn') {
      return { field, message: isLocalDate(isoDate(values.endsOn)) ? t.endsOnBefore : t.endsOnInvalid };
    }
    if (field === 'closedFrom' || field === 'closedTo') {
      const typed = values[field];
      const wellFormed = isLocalTime(normaliseTime(typed));
      const message = typed === '' ? t[`${field}Missing`] : wellFormed ? t.closedToBefore : t.timeInvalid;
      return { field, message };
    }
    if (field === 'reason') {
      const problem = message.includes('CPR')
        ? t.reasonCpr
        : values.reason === ''
          ? t.reasonMissing
          : t.reasonTooLong;
      return { field, message: problem };
    }
    return { field, message };
  });
}
