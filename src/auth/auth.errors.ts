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

/** Signed in with a one-time password: only the password change is open until it is done. */
export class PasswordChangeRequiredError extends DomainError {
  readonly code = 'PASSWORD_CHANGE_REQUIRED';
  readonly kind = 'forbidden';

  constructor() {
    super({
      da: 'Skift din engangsadgangskode først (POST /auth/password).',
      en: 'Change your one-time password first (POST /auth/password).',
    });
  }
}

export class CurrentPasswordWrongError extends DomainError {
  readonly code = 'CURRENT_PASSWORD_WRONG';
  readonly kind = 'forbidden';

  constructor() {
    super({ da: 'Den nuværende adgangskode er forkert.', en: 'The current password is wrong.' });
  }
}

export type PasswordProblem = 'too_short' | 'same_as_email' | 'same_as_current';

const PROBLEM_TEXTS: Record<PasswordProblem, { da: string; en: string }> = {
  too_short: { da: 'mindst 12 tegn', en: 'at least 12 characters' },
  same_as_email: { da: 'ikke din e-mail', en: 'not your e-mail address' },
  same_as_current: { da: 'ikke den nuværende', en: 'not the current one' },
};

export class PasswordNotAllowedError extends DomainError {
  readonly code = 'PASSWORD_NOT_ALLOWED';
  readonly kind = 'unprocessable';

  constructor(problems: readonly PasswordProblem[]) {
    const texts = (language: 'da' | 'en') => problems.map((p) => PROBLEM_TEXTS[p]?.[language]).join(', ');
    super(
      {
        da: `Den nye adgangskode skal være: ${texts('da')}.`,
        en: `The new password must be: ${texts('en')}.`,
      },
      { problems },
    );
  }
}

/** Reception and advisers work at the locations an admin gave them. */
export class LocationNotAllowedError extends DomainError {
  readonly code = 'LOCATION_NOT_ALLOWED';
  readonly kind = 'forbidden';

  constructor(location: string) {
    super({ da: `Du arbejder ikke på ${location}.`, en: `You do not work at ${location}.` }, { location });
  }
}

export class StaffAccountNotFoundError extends DomainError {
  readonly code = 'STAFF_ACCOUNT_NOT_FOUND';
  readonly kind = 'not_found';

  constructor(id: string) {
    super(
      { da: `Medarbejderkontoen "${id}" findes ikke.`, en: `There is no staff account "${id}".` },
      { id },
    );
  }
}

/** An admin may not take their own admin role away or deactivate themselves (nobody could undo it). */
export class OwnAdminAccessError extends DomainError {
  readonly code = 'OWN_ADMIN_ACCESS';
  readonly kind = 'conflict';

  constructor() {
    super({
      da: 'Du kan ikke fjerne din egen admin-rolle eller deaktivere dig selv; bed en anden admin om det.',
      en: 'You cannot remove your own admin role or deactivate yourself; ask another admin.',
    });
  }
}
