import { DomainError } from '../common/errors/domain-error.js';

/** No callback with this reference (a visit's reference answers the same: the hotline works calls only). */
export class CallbackNotFoundError extends DomainError {
  readonly code = 'CALLBACK_NOT_FOUND';
  readonly kind = 'not_found';

  constructor(reference: string) {
    super({ da: 'Opkaldet findes ikke.', en: 'The callback does not exist.' }, { reference });
  }
}

/** "Sent to self-service" names one of the errand's self-service options; other outcomes name none. */
export class GuidanceOptionInvalidError extends DomainError {
  readonly code = 'GUIDANCE_OPTION_INVALID';
  readonly kind = 'unprocessable';

  constructor(problem: 'missing' | 'unknown' | 'not_expected', options: string[]) {
    super(
      {
        da:
          problem === 'not_expected'
            ? 'Kun "Sendt til selvbetjening" har en selvbetjeningsløsning.'
            : 'Vælg den selvbetjeningsløsning, borgeren blev guidet til.',
        en:
          problem === 'not_expected'
            ? 'Only "sent to self-service" has a self-service option.'
            : 'Choose the self-service option the citizen was guided to.',
      },
      { problem, options },
    );
  }
}

/** A visit is booked from a call only after the call ended with "needs a visit". */
export class CallbackVisitNotNeededError extends DomainError {
  readonly code = 'CALLBACK_VISIT_NOT_NEEDED';
  readonly kind = 'conflict';

  constructor(reference: string) {
    super(
      {
        da: 'Opkaldet er ikke afsluttet med "Skal møde op", så der kan ikke bookes et besøg fra det.',
        en: 'The callback did not end with "needs a visit", so no visit can be booked from it.',
      },
      { reference },
    );
  }
}

/** The account works at no hotline place (or not at the one asked for). */
export class NoHotlinePlaceError extends DomainError {
  readonly code = 'NO_HOTLINE_PLACE';
  readonly kind = 'forbidden';

  constructor(place?: string) {
    super(
      {
        da: 'Du er ikke tilknyttet en hotline. Bed en administrator om at give dig adgang.',
        en: 'You do not work at a hotline. Ask an administrator for access.',
      },
      place === undefined ? undefined : { place },
    );
  }
}
