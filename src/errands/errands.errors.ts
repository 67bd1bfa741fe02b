import { DomainError } from '../common/errors/domain-error.js';
import type { Language, Localized } from '../common/i18n/localized.js';
import type { Outcome } from './errand-definition.js';
import type { AnswerProblems } from './triage-rules.js';

export class ErrandNotFoundError extends DomainError {
  readonly code = 'ERRAND_NOT_FOUND';
  readonly kind = 'not_found';

  constructor(code: string) {
    super({ da: `Ærindet "${code}" findes ikke.`, en: `There is no errand "${code}".` }, { errand: code });
  }
}

export class InvalidAnswersError extends DomainError {
  readonly code = 'INVALID_ANSWERS';
  readonly kind = 'invalid';

  constructor(errand: string, problems: AnswerProblems) {
    const named = [...problems.unknown, ...problems.missing, ...problems.notBoolean].join(', ');
    super(
      {
        da: `Svarene passer ikke til spørgsmålene for ærindet "${errand}": ${named}.`,
        en: `The answers do not fit the questions of errand "${errand}": ${named}.`,
      },
      { errand, ...problems },
    );
  }
}

export class TriageNotFoundError extends DomainError {
  readonly code = 'TRIAGE_NOT_FOUND';
  readonly kind = 'not_found';

  constructor(id: string) {
    super({ da: `Visitationen "${id}" findes ikke.`, en: `There is no triage "${id}".` }, { triage: id });
  }
}

/** A catalog without a fallback rule for the errand: a data error, not the citizen's. */
export class NoRuleAppliesError extends DomainError {
  readonly code = 'TRIAGE_RULES_INCOMPLETE';
  readonly kind = 'unprocessable';

  constructor(errand: string) {
    super(
      {
        da: `Ærindet "${errand}" kan ikke visiteres lige nu. Kontakt Borgerservice.`,
        en: `Errand "${errand}" cannot be triaged right now. Please contact Borgerservice.`,
      },
      { errand },
    );
  }
}

const NOT_A_VISIT: Record<Exclude<Outcome, 'visit'>, Localized> = {
  self_service: {
    da: 'Dit ærinde kan klares uden et besøg, så der kan ikke bookes en tid til det.',
    en: 'Your errand can be done without a visit, so no time can be booked for it.',
  },
  not_yet: {
    da: 'Det er for tidligt at booke en tid til dit ærinde. Vent, som visitationen siger.',
    en: 'It is too early to book a time for your errand. Wait, as the triage says.',
  },
  elsewhere: {
    da: 'En anden myndighed tager sig af dit ærinde, så der kan ikke bookes en tid i Borgerservice.',
    en: 'Another authority handles your errand, so no time can be booked at Citizen Service.',
  },
  callback: {
    da: 'Dit ærinde kan klares i telefonen: book et opkald fra hotlinen i stedet for et besøg.',
    en: 'Your errand can be solved on the phone: book a callback from the hotline instead of a visit.',
  },
};

/** Only a triage that ended in `visit` is a ticket for a station slot. */
export class TriageNotVisitError extends DomainError {
  readonly code = 'TRIAGE_NOT_VISIT';
  readonly kind = 'unprocessable';

  constructor(id: string, outcome: Exclude<Outcome, 'visit'>) {
    super(NOT_A_VISIT[outcome] ?? NOT_A_VISIT.self_service, { triage: id, outcome });
  }
}

/**
 * A callback from the hotline needs a triage that offers one: outcome `callback`, or a `visit` by a
 * rule that offers a call next to the visit, for an errand that phone help can solve.
 */
export class TriageNotCallbackError extends DomainError {
  readonly code = 'TRIAGE_NOT_CALLBACK';
  readonly kind = 'unprocessable';

  constructor(id: string, outcome: Outcome) {
    super(
      {
        da: 'Dit ærinde kan ikke klares i telefonen, så der kan ikke bookes et opkald fra hotlinen. Book et besøg i stedet.',
        en: 'Your errand cannot be solved on the phone, so no callback from the hotline can be booked. Book a visit instead.',
      },
      { triage: id, outcome },
    );
  }
}

export class TriageExpiredError extends DomainError {
  readonly code = 'TRIAGE_EXPIRED';
  readonly kind = 'unprocessable';

  constructor(id: string, expiresAt: Date) {
    super(
      {
        da: 'Visitationen er udløbet. Besvar spørgsmålene igen for at booke en tid.',
        en: 'The triage has expired. Answer the questions again to book a time.',
      },
      { triage: id, expiresAt: expiresAt.toISOString() },
    );
  }
}

/** An errand definition an admin tried to save does not hold together (rules, keys, fallback). */
export class InvalidErrandDefinitionError extends DomainError {
  readonly code = 'INVALID_ERRAND_DEFINITION';
  readonly kind = 'unprocessable';

  constructor(errand: string, problems: string[]) {
    super(
      {
        da: `Ærindet ${errand} er ikke gyldigt: ${problems.join('; ')}.`,
        en: `Errand ${errand} is not valid: ${problems.join('; ')}.`,
      },
      { errand, problems },
    );
  }
}

/** "I could not do it myself" belongs to a triage that said "do it yourself", and to no other. */
export class TriageNotSelfServiceError extends DomainError {
  readonly code = 'TRIAGE_NOT_SELF_SERVICE';
  readonly kind = 'unprocessable';

  constructor(id: string, outcome: Outcome) {
    super(
      {
        da: 'Visitationen sendte dig ikke til selvbetjening, så der er intet at melde tilbage om.',
        en: 'The triage did not send you to self-service, so there is nothing to report back on.',
      },
      { triage: id, outcome },
    );
  }
}

/** A self-service link that the triage did not show, or an option without a link. */
export class SelfServiceLinkNotFoundError extends DomainError {
  readonly code = 'SELF_SERVICE_LINK_NOT_FOUND';
  readonly kind = 'not_found';

  constructor(triage: string, option: string) {
    super(
      {
        da: `Visitationen har intet link "${option}".`,
        en: `The triage has no link "${option}".`,
      },
      { triage, option },
    );
  }
}

export class ErrandVersionNotFoundError extends DomainError {
  readonly code = 'ERRAND_VERSION_NOT_FOUND';
  readonly kind = 'not_found';

  constructor(errand: string, version: number | string) {
    super(
      {
        da: `Ærindet "${errand}" har ingen version ${version}.`,
        en: `Errand "${errand}" has no version ${version}.`,
      },
      { errand, version },
    );
  }
}

/** One errand of an import that cannot be saved, and why (each problem at its field). */
export interface CatalogEntryProblems {
  /** Its place in the list, from 0. */
  index: number;
  code: string | null;
  problems: { field: string; message: Localized }[];
}

/** A catalog import with problems: nothing is saved; every problem of every errand is listed. */
export class InvalidCatalogError extends DomainError {
  readonly code = 'INVALID_CATALOG';
  readonly kind = 'invalid';

  constructor(readonly entries: CatalogEntryProblems[]) {
    const codes = entries.map((entry) => entry.code ?? `#${entry.index + 1}`).join(', ');
    super(
      {
        da: `Kataloget blev ikke indlæst; der er fejl i: ${codes}.`,
        en: `The catalog was not imported; there are problems in: ${codes}.`,
      },
      InvalidCatalogError.details(entries, 'en'),
    );
  }

  override detailsIn(language: Language): Record<string, unknown> {
    return InvalidCatalogError.details(this.entries, language);
  }

  private static details(entries: CatalogEntryProblems[], language: Language): Record<string, unknown> {
    return {
      errands: entries.map(({ index, code, problems }) => ({
        index,
        code,
        problems: problems.map(({ field, message }) => ({ field, message: message[language] })),
      })),
    };
  }
}
