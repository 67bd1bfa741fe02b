import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { In, LessThanOrEqual, MoreThanOrEqual, Not, type Repository } from 'typeorm';
import { SettingsService } from '../config/settings.service.js';
import { Closure } from './entities/closure.entity.js';
import { LOCATION_KINDS, Location } from './entities/location.entity.js';
import { OpeningHours } from './entities/opening-hours.entity.js';
import { type OpeningDay, openingDays } from './opening-days.js';

export interface DirectoryEntry {
  location: Location;
  /** Opening hours on each of the listed days, holidays and closures included. */
  days: OpeningDay[];
}

function datesFrom(first: string, count: number): string[] {
  const start = DateTime.fromISO(first, { zone: 'UTC' });
  return Array.from({ length: count }, (_, i) => start.plus({ days: i }).toISODate()!);
}

/**
 * The places in use as the public sees them — citizen service centres first, then libraries and
 * the bus — with their opening hours day by day. Three reads, whatever the number of places. The
 * hotline is no place to go to (it calls the citizen): never listed.
 */
@Injectable()
export class LocationDirectory {
  constructor(
    @InjectRepository(Location) private readonly locations: Repository<Location>,
    @InjectRepository(OpeningHours) private readonly hours: Repository<OpeningHours>,
    @InjectRepository(Closure) private readonly closures: Repository<Closure>,
    private readonly settings: SettingsService,
  ) {}

  async list(firstDate: string, dayCount: number): Promise<DirectoryEntry[]> {
    const dates = datesFrom(firstDate, dayCount);
    const last = dates[dates.length - 1];
    const locations = await this.locations.findBy({ active: true, kind: Not('hotline' as const) });
    const ids = locations.map((location) => location.id);
    if (ids.length === 0) return [];
    const [rows, closures] = await Promise.all([
      this.hours.findBy({ locationId: In(ids) }),
      this.closures.findBy({ startsOn: LessThanOrEqual(last), endsOn: MoreThanOrEqual(firstDate) }),
    ]);
    const closedDays = this.settings.get('MUNICIPAL_CLOSED_DAYS');
    return locations
      .sort(
        (a, b) =>
          LOCATION_KINDS.indexOf(a.kind) - LOCATION_KINDS.indexOf(b.kind) ||
          a.name.localeCompare(b.name, 'da'),
      )
      .map((location) => ({
        location,
        days: openingDays(
          rows.filter((row) => row.locationId === location.id),
          closures.filter((c) => c.locationId === null || c.locationId === location.id),
          dates,
          closedDays,
        ),
      }));
  }
}
