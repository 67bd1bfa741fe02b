import { DomainError } from '../common/errors/domain-error.js';

/** Wrong e-mail and wrong password answer alike, so sign-in reveals nothing about accounts. */
export class InvalidCredentialsError extends DomainError {
  readonly code = 'INVALID_CREDENTIALS';
  readonly kind = 'unauthorized';

  constructor() {
    super({ da: 'Forkert e-mail eller adgangskode.', en: 'Wrong e-mail or password.' });
  }
}

export class TooManyLoginAttemptsError extends DomainError {
  readonly code = 'TOO_MANY_LOGIN_ATTEMPTS';
  readonly kind = 'rate_limited';

  constructor(readonly retryAfterSeconds: number) {
    super(
      {
        da: `For mange forkerte forsøg. Prøv igen om ${retryAfterSeconds} sekunder.`,
        en: `Too many failed attempts. Try again in ${retryAfterSeconds} seconds.`,
      },
      { retryAfterSeconds },
    );
  }
}

export class AuthenticationRequiredError extends DomainError {
  readonly code = 'AUTHENTICATION_REQUIRED';
  readonly kind = 'unauthorized';

  constructor() {
    super({
      da: 'Log ind og send adgangstokenet som "Authorization: Bearer …".',
      en: 'Sign in and send the access token as "Authorization: Bearer …".',
    });
  }
}

export class InvalidTokenError extends DomainError {
  readonly code = 'INVALID_TOKEN';
  readonly kind = 'unauthorized';

  constructor() {
    super({
      da: 'Adgangstokenet er ugyldigt eller udløbet. Log ind igen.',
      en: 'The access token is invalid or expired. Sign in again.',
    });
  }
}

export class RoleRequiredError extends DomainError {
  readonly code = 'ROLE_REQUIRED';
  readonly kind = 'forbidden';

  constructor(roles: readonly string[]) {
    super(
      { da: `Kræver rollen ${roles.join(' eller ')}.`, en: `Requires the role ${roles.join(' or ')}.` },
      { roles },
    );
  }
}
