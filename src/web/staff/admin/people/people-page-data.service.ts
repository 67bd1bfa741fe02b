import { Injectable } from '@nestjs/common';
import { StaffAccountsService } from '../../../../auth/staff-accounts.service.js';
import { Clock } from '../../../../common/clock/clock.js';
import type { Language } from '../../../../common/i18n/localized.js';
import { ErrandsService } from '../../../../errands/errands.service.js';
import { LocationQueries } from '../../../../locations/location-queries.service.js';
import { AdviserQueries } from '../../../../staffing/adviser-queries.service.js';
import type { PeopleLookup } from './advisers.view.js';

export interface PlaceOption {
  id: string;
  code: string;
  name: string;
  timeZone: string;
  active: boolean;
}

/** What the people pages read besides the page's own subject: names of places, errands, accounts. */
@Injectable()
export class PeoplePageData {
  constructor(
    readonly advisers: AdviserQueries,
    readonly accounts: StaffAccountsService,
    private readonly locations: LocationQueries,
    private readonly errands: ErrandsService,
    private readonly clock: Clock,
  ) {}

  now(): Date {
    return this.clock.now();
  }

  /** Every place, in use or not, by name. */
  async places(): Promise<PlaceOption[]> {
    return (await this.locations.list()).map(({ location }) => ({
      id: location.id,
      code: location.code,
      name: location.name,
      timeZone: location.timeZone,
      active: location.active,
    }));
  }

  async lookup(language: Language): Promise<PeopleLookup & { places: PlaceOption[] }> {
    const [places, errands] = await Promise.all([this.places(), this.errands.findAll()]);
    const errandNames = new Map(errands.map((errand) => [errand.code, errand.name[language]]));
    const placeNames = new Map(places.map((place) => [place.code, place.name]));
    return {
      places,
      errand: (code) => errandNames.get(code),
      place: (code) => placeNames.get(code),
    };
  }
}
