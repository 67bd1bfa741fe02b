import { Injectable } from '@nestjs/common';
import type { AffectedBooking } from '../../../../bookings/bookings.errors.js';
import { Clock } from '../../../../common/clock/clock.js';
import type { Language } from '../../../../common/i18n/localized.js';
import { ErrandsService } from '../../../../errands/errands.service.js';
import { type LocationDetail, LocationQueries } from '../../../../locations/location-queries.service.js';
import { type AffectedView, type CancelRequest, toAffectedView } from './affected-bookings.js';

/** What several places pages read: a place in use by its code, and the visits a change hits in words. */
@Injectable()
export class PlacesPageData {
  constructor(
    private readonly queries: LocationQueries,
    private readonly errands: ErrandsService,
    private readonly clock: Clock,
  ) {}

  now(): Date {
    return this.clock.now();
  }

  /** The place (404 LOCATION_NOT_FOUND if unknown); undefined when it is out of use. */
  async placeInUse(code: string): Promise<LocationDetail | undefined> {
    const detail = await this.queries.detail(code);
    return detail.location.active ? detail : undefined;
  }

  async affectedView(
    bookings: AffectedBooking[],
    language: Language,
    request?: CancelRequest,
  ): Promise<AffectedView> {
    const [places, errands] = await Promise.all([this.queries.list(), this.errands.findAll()]);
    const byCode = new Map(places.map(({ location }) => [location.code, location]));
    const names = new Map(errands.map((errand) => [errand.code, errand.name[language]]));
    const lookup = { place: (code: string) => byCode.get(code), errand: (code: string) => names.get(code) };
    return toAffectedView(bookings, lookup, language, this.clock.now(), request);
  }
}
