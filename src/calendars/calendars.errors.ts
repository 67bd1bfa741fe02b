import { DomainError } from '../common/errors/domain-error.js';

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
