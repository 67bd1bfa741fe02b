import { DomainError } from '../common/errors/domain-error.js';

/** A staff account with the adviser role but no adviser record to show a day for. */
export class NotAnAdviserError extends DomainError {
  readonly code = 'NOT_AN_ADVISER';
  readonly kind = 'forbidden';

  constructor() {
    super({
      da: 'Din konto er ikke knyttet til en borgerrådgiver.',
      en: 'Your account is not linked to an adviser.',
    });
  }
}

/** An adviser cannot work twice at once, at one location or two. */
export class OverlappingWorkingTimesError extends DomainError {
  readonly code = 'OVERLAPPING_WORKING_TIMES';
  readonly kind = 'unprocessable';

  constructor(rows: number[][]) {
    const pairs = rows.map(([a, b]) => `${a + 1}+${b + 1}`).join(', ');
    super(
      {
        da: `Arbejdstiderne overlapper hinanden (række ${pairs}): en rådgiver kan ikke være to steder på én gang.`,
        en: `The working times overlap (rows ${pairs}): an adviser cannot be in two places at once.`,
      },
      { rows: rows.map(([a, b]) => [`times.${a}`, `times.${b}`]) },
    );
  }
}
