import type { Language, Localized } from '../i18n/localized.js';
import { problemInDanish } from '../i18n/problems-da.js';

/** How a domain error maps onto HTTP; the global filter owns the mapping. */
export type ErrorKind =
  | 'invalid'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'unprocessable'
  | 'rate_limited'
  | 'unavailable';

/**
 * Base of every error the domain raises on purpose. `code` is stable and documented (clients switch
 * on it); `message` is for people, in both languages; `details` is structured and safe to show.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  abstract readonly kind: ErrorKind;

  protected constructor(
    readonly messages: Localized,
    readonly details?: Record<string, unknown>,
  ) {
    super(messages.en);
    this.name = new.target.name;
  }

  /** `details` as answered in a language; the same in every language unless an error says otherwise. */
  detailsIn(_language: Language): Record<string, unknown> | undefined {
    return this.details;
  }
}

export interface FieldProblem {
  field: string;
  problems: string[];
}

/** The request itself is malformed: a body, query or path value fails validation. */
export class RequestValidationError extends DomainError {
  readonly code = 'VALIDATION_FAILED';
  readonly kind = 'invalid';

  constructor(readonly fields: FieldProblem[]) {
    const names = fields.map((f) => f.field).join(', ');
    super({ da: `Forespørgslen er ugyldig: ${names}.`, en: `The request is invalid: ${names}.` }, { fields });
  }

  /** Each field's problems in the language of the answer (the validators write them in English). */
  override detailsIn(language: Language): Record<string, unknown> {
    if (language === 'en') return { fields: this.fields };
    return {
      fields: this.fields.map(({ field, problems }) => ({ field, problems: problems.map(problemInDanish) })),
    };
  }
}

/**
 * The request cannot be read as sent, before any field is looked at: a body nested too deep or
 * too wide, too many query parameters. `reason` says which limit, in both languages.
 */
export class MalformedRequestError extends DomainError {
  readonly code = 'MALFORMED_REQUEST';
  readonly kind = 'invalid';

  constructor(reason: Localized, details?: Record<string, unknown>) {
    super(
      {
        da: `Forespørgslen kunne ikke læses: ${reason.da}.`,
        en: `The request could not be read: ${reason.en}.`,
      },
      details,
    );
  }
}

/** A record named in the path or body (a station, an adviser, an errand code …) does not exist. */
export class RecordNotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
  readonly kind = 'not_found';

  constructor(what: string, id: string) {
    super({ da: `${what} "${id}" findes ikke.`, en: `There is no ${what} "${id}".` }, { [what]: id });
  }
}

/**
 * The database is down, frozen or too slow to answer in time: 503 with Retry-After, never a hang
 * or a 500. Nothing of the request was done (a transaction that did not commit is rolled back).
 */
export class DatabaseUnavailableError extends DomainError {
  readonly code = 'DATABASE_UNAVAILABLE';
  readonly kind = 'unavailable';

  constructor() {
    super({ da: 'Databasen svarer ikke.', en: 'The database does not answer.' });
  }
}
