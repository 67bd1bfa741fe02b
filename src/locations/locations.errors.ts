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

/** Two opening-hour rows would apply on the same dates with overlapping hours. */
export class OverlappingOpeningHoursError extends DomainError {
  readonly code = 'OVERLAPPING_OPENING_HOURS';
  readonly kind = 'unprocessable';

  constructor(rows: number[][]) {
    const pairs = rows.map(([a, b]) => `${a + 1}+${b + 1}`).join(', ');
    super(
      {
        da: `Åbningstiderne overlapper hinanden (række ${pairs}). Ret eller saml rækkerne.`,
        en: `The opening hours overlap (rows ${pairs}). Correct or merge the rows.`,
      },
      { rows: rows.map(([a, b]) => [`hours.${a}`, `hours.${b}`]) },
    );
  }
}

/** The hotline is the phone desk: its calls need an adviser, never a station. */
export class HotlineHasNoStationsError extends DomainError {
  readonly code = 'HOTLINE_HAS_NO_STATIONS';
  readonly kind = 'unprocessable';

  constructor(location: string) {
    super(
      {
        da: `${location} er en hotline: opkald bookes hos hotlinens rådgivere, så stedet har ingen stationer.`,
        en: `${location} is a hotline: calls are booked with its advisers, so the place has no stations.`,
      },
      { location },
    );
  }
}
