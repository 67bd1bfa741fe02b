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

/** Unknown feed, missing or wrong token, or a rotated one: all answer alike. */
export class FeedNotFoundError extends DomainError {
  readonly code = 'FEED_NOT_FOUND';
  readonly kind = 'not_found';

  constructor() {
    super({
      da: 'Kalenderen findes ikke, eller linket er ikke længere gyldigt.',
      en: 'No such calendar, or the link is no longer valid.',
    });
  }
}
