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
