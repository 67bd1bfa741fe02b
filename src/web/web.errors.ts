import { DomainError } from '../common/errors/domain-error.js';

/** A page form came without the token of the page it was shown on (or with a forged one). */
export class FormExpiredError extends DomainError {
  readonly code = 'FORM_EXPIRED';
  readonly kind = 'forbidden';

  constructor() {
    super({
      da: 'Formularen er udløbet eller kom ikke fra denne side. Gå tilbage, genindlæs siden og prøv igen.',
      en: 'The form has expired or did not come from this site. Go back, reload the page and try again.',
    });
  }
}
