import { DomainError } from '../common/errors/domain-error.js';

export class LocationNotFoundError extends DomainError {
  readonly code = 'LOCATION_NOT_FOUND';
  readonly kind = 'not_found';

  constructor(location: string) {
    super(
      { da: `Stedet "${location}" findes ikke.`, en: `There is no location "${location}".` },
      { location },
    );
  }
}
