import { DomainError } from '../common/errors/domain-error.js';
import type { Localized } from '../common/i18n/localized.js';

export class DateRangeReversedError extends DomainError {
  readonly code = 'DATE_RANGE_REVERSED';
  readonly kind = 'invalid';

  constructor(from: string, to: string) {
    super(
      {
        da: `Slutdatoen ${to} ligger før startdatoen ${from}.`,
        en: `The end date ${to} is before the start date ${from}.`,
      },
      { from, to },
    );
  }
}

export class DateRangeTooLongError extends DomainError {
  readonly code = 'DATE_RANGE_TOO_LONG';
  readonly kind = 'invalid';

  constructor(days: number, maxDays: number) {
    super(
      {
        da: `Perioden er ${days} dage; højst ${maxDays} dage ad gangen.`,
        en: `The period is ${days} days; at most ${maxDays} days at a time.`,
      },
      { days, maxDays },
    );
  }
}

/** Why a start is not offered: the one rule it breaks. */
export type NotOfferedRule =
  | { rule: 'not_handled' }
  | { rule: 'closed'; why: string }
  | { rule: 'too_soon'; minutes: number }
  | { rule: 'too_far_ahead'; days: number }
  | { rule: 'off_grid'; minutes: number }
  | { rule: 'outside_opening_hours' }
  | { rule: 'no_adviser' };

function explain(broken: NotOfferedRule): Localized {
  switch (broken.rule) {
    case 'not_handled':
      return { da: 'stedet tager sig ikke af dette ærinde', en: 'the location does not handle this errand' };
    case 'closed':
      return { da: `stedet har lukket (${broken.why})`, en: `closed (${broken.why})` };
    case 'too_soon':
      return {
        da: `tider skal bookes mindst ${broken.minutes} minutter før`,
        en: `times must be booked at least ${broken.minutes} minutes ahead`,
      };
    case 'too_far_ahead':
      return { da: `der kan højst bookes ${broken.days} dage frem`, en: `at most ${broken.days} days ahead` };
    case 'off_grid':
      return {
        da: `tiderne begynder hvert ${broken.minutes}. minut`,
        en: `times start every ${broken.minutes} minutes`,
      };
    case 'outside_opening_hours':
      return { da: 'besøget ligger uden for åbningstiden', en: 'the visit is outside opening hours' };
    case 'no_adviser':
      return {
        da: 'ingen rådgiver, der tager sig af ærindet, arbejder da',
        en: 'no adviser for this errand works then',
      };
    default: // only reached by the error catalog's stand-in argument (src/docs/error-codes.ts)
      return {
        da: String((broken as { rule: unknown }).rule),
        en: String((broken as { rule: unknown }).rule),
      };
  }
}

/**
 * The start is not one availability offers; the message names the one rule it breaks (closed,
 * too soon, too far ahead, off the time grid, outside opening hours, nobody works then).
 */
export class SlotNotOfferedError extends DomainError {
  readonly code = 'SLOT_NOT_OFFERED';
  readonly kind = 'unprocessable';

  constructor(start: string, broken: NotOfferedRule) {
    const reason = explain(broken);
    super(
      {
        da: `Der kan ikke bookes en tid ${start}: ${reason.da}. Vælg en af de ledige tider.`,
        en: `No time can be booked at ${start}: ${reason.en}. Choose one of the free times.`,
      },
      { start, rule: broken.rule, reason: reason.en },
    );
  }
}

/** The slot exists but every station or adviser for it is taken (possibly a moment ago). */
export class SlotTakenError extends DomainError {
  readonly code = 'SLOT_TAKEN';
  readonly kind = 'conflict';

  constructor(start: string) {
    super(
      {
        da: `Tiden ${start} er lige blevet optaget. Vælg en anden tid.`,
        en: `The time ${start} has just been taken. Choose another time.`,
      },
      { start },
    );
  }
}
