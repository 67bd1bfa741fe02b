import { DomainError } from '../common/errors/domain-error.js';

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

/** The start is not one availability offers (closed, outside hours, off the grid, too soon or too far ahead). */
export class SlotNotOfferedError extends DomainError {
  readonly code = 'SLOT_NOT_OFFERED';
  readonly kind = 'unprocessable';

  constructor(start: string, reason: string) {
    super(
      {
        da: `Der kan ikke bookes en tid ${start}: ${reason}. Vælg en af de ledige tider.`,
        en: `No time can be booked at ${start}: ${reason}. Choose one of the free times.`,
      },
      { start, reason },
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
