import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { AvailabilityService, FIRST_FREE_SEARCH_DAYS } from '../../availability/availability.service.js';
import { Clock } from '../../common/clock/clock.js';
import type { Location } from '../entities/location.entity.js';
import { LocationDirectory } from '../location-directory.js';
import type { OpeningDay } from '../opening-days.js';

/** Days of opening hours a place shows: today and the coming six, the week people plan in. */
export const OPENING_DAYS_SHOWN = 7;
const CALENDAR_ZONE = 'Europe/Copenhagen';

export interface Place {
  location: Location;
  days: OpeningDay[];
  /** With an errand: the first free start (ms), or undefined when none in the searched days. */
  firstFree?: number;
}

/**
 * The places as citizens choose between them: address, directions, the week's opening hours and,
 * for an errand, only the places that can serve it with their next free time. Used by GET
 * /locations and by the pages.
 */
@Injectable()
export class PlacesService {
  constructor(
    private readonly directory: LocationDirectory,
    private readonly availability: AvailabilityService,
    private readonly clock: Clock,
  ) {}

  today(): string {
    return DateTime.fromJSDate(this.clock.now(), { zone: CALENDAR_ZONE }).toISODate()!;
  }

  /** Every active place with its opening hours. */
  all(): Promise<Place[]> {
    return this.directory.list(this.today(), OPENING_DAYS_SHOWN);
  }

  /** The places that can serve the errand, each with its next free time. */
  async forErrand(errand: { id: string; visitMinutes: number }): Promise<Place[]> {
    const [places, free] = await Promise.all([
      this.all(),
      this.availability.firstFreeByLocation({ errandId: errand.id, minutes: errand.visitMinutes }),
    ]);
    const firstById = new Map(free.map((place) => [place.location.id, place.first]));
    return places
      .filter((place) => firstById.has(place.location.id))
      .map((place) => ({ ...place, firstFree: firstById.get(place.location.id) }));
  }

  /** How many days ahead forErrand looks. */
  readonly searchedDays = FIRST_FREE_SEARCH_DAYS;
}
