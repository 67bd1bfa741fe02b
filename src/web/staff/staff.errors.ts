import { DomainError } from '../../common/errors/domain-error.js';

/** A staff page without a (live) session: the browser is sent to the sign-in page. */
export class StaffSignInRequiredError extends DomainError {
  readonly code = 'STAFF_SIGN_IN_REQUIRED';
  readonly kind = 'unauthorized';

  /** `next`: the page to come back to after signing in. */
  constructor(next?: string) {
    super(
      {
        da: 'Log ind for at se siden. Du bliver logget ud, når du ikke har været aktiv et stykke tid.',
        en: 'Sign in to see this page. You are signed out after a while without activity.',
      },
      next === undefined ? undefined : { next },
    );
  }
}

/** Signed in with a one-time password: the pages lead to the password page until it is changed. */
export class StaffPasswordChangeRequiredError extends DomainError {
  readonly code = 'STAFF_PASSWORD_CHANGE_REQUIRED';
  readonly kind = 'forbidden';

  constructor() {
    super({
      da: 'Skift din engangsadgangskode, før du går videre.',
      en: 'Change your one-time password before you go on.',
    });
  }
}
