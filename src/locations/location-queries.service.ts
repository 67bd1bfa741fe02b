import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { In, type Repository } from 'typeorm';
import { Clock } from '../common/clock/clock.js';
import { ErrandsService } from '../errands/errands.service.js';
import { Closure } from './entities/closure.entity.js';
import { Location } from './entities/location.entity.js';
import { OpeningHours } from './entities/opening-hours.entity.js';
import { Station, StationErrand } from './entities/station.entity.js';
import { LocationsService } from './locations.service.js';

/** Where the list of closures counts "today" from when no date is given. */
const CALENDAR_ZONE = 'Europe/Copenhagen';

export interface LocationSummary {
  location: Location;
  stations: number;
  activeStations: number;
  /** Closures of this location or of all that end today or later (in its time zone). */
  upcomingClosures: number;
}

export interface StationErrandRef {
  id: string;
  code: string;
  name: { da: string; en: string };
}

export interface StationWithErrands {
  id: string;
  name: string;
  active: boolean;
  errands: StationErrandRef[];
}

export interface LocationDetail {
  location: Location;
  stations: StationWithErrands[];
  /** Every row, open-ended ones first, then by period, weekday and time. */
  openingHours: OpeningHours[];
}

export interface ClosureFilter {
  /** A location's id or code: its own closures and those of every location. */
  location?: string;
  /** Closures that end on or after this date; default today. */
  from?: string;
  /** Closures that begin on or before this date. */
  to?: string;
}

export interface ClosureRow {
  closure: Closure;
  /** Null: a closure of every location. */
  location: { id: string; code: string; name: string } | null;
}

const SUMMARY_SQL = `
SELECT l.id,
       count(s.id)::int AS stations,
       (count(s.id) FILTER (WHERE s.active))::int AS active_stations,
       (SELECT count(*)::int FROM closures c
         WHERE (c.location_id = l.id OR c.location_id IS NULL)
           AND c.ends_on >= ($1::timestamptz AT TIME ZONE l.time_zone)::date) AS upcoming_closures
FROM locations l LEFT JOIN stations s ON s.location_id = l.id
GROUP BY l.id`;

/**
 * What the administration reads back of the places it maintains: every location with a few
 * counts, one location with its stations (and their errands) and opening hours as the admin API
 * writes them, and closures by location and dates. Reads only the locations module's tables; the
 * errands' names come from the errand catalog.
 */
@Injectable()
export class LocationQueries {
  constructor(
    @InjectRepository(Location) private readonly locations: Repository<Location>,
    @InjectRepository(Station) private readonly stationsRepo: Repository<Station>,
    @InjectRepository(StationErrand) private readonly stationErrands: Repository<StationErrand>,
    @InjectRepository(OpeningHours) private readonly hours: Repository<OpeningHours>,
    @InjectRepository(Closure) private readonly closures: Repository<Closure>,
    private readonly locationsService: LocationsService,
    private readonly errands: ErrandsService,
    private readonly clock: Clock,
  ) {}

  /** Today's date where the closures list starts by default. */
  today(): string {
    return DateTime.fromJSDate(this.clock.now(), { zone: CALENDAR_ZONE }).toISODate()!;
  }

  /** Every location, in use or not, by name. */
  async list(): Promise<LocationSummary[]> {
    const [locations, counts] = await Promise.all([
      this.locations.find({ order: { name: 'ASC' } }),
      this.locations.query<
        { id: string; stations: number; active_stations: number; upcoming_closures: number }[]
      >(SUMMARY_SQL, [this.clock.now()]),
    ]);
    const byId = new Map(counts.map((row) => [row.id, row]));
    return locations
      .sort((a, b) => a.name.localeCompare(b.name, 'da'))
      .map((location) => ({
        location,
        stations: byId.get(location.id)?.stations ?? 0,
        activeStations: byId.get(location.id)?.active_stations ?? 0,
        upcomingClosures: byId.get(location.id)?.upcoming_closures ?? 0,
      }));
  }

  /** One location (also one out of use) with its stations and opening hours; 404 if unknown. */
  async detail(ref: string): Promise<LocationDetail> {
    const location = await this.locationsService.findByRef(ref, { includeInactive: true });
    const [stations, openingHours] = await Promise.all([
      this.stationsOf(location.id),
      this.hours.find({ where: { locationId: location.id } }),
    ]);
    return { location, stations, openingHours: openingHours.sort(byPeriodDayTime) };
  }

  /** The stations of a location by name, each with the errands it can handle (by code). */
  async stations(ref: string): Promise<{ location: Location; stations: StationWithErrands[] }> {
    const location = await this.locationsService.findByRef(ref, { includeInactive: true });
    return { location, stations: await this.stationsOf(location.id) };
  }

  /** Closures that overlap the dates, earliest first; by location, its own and every location's. */
  async closuresWhere(filter: ClosureFilter): Promise<ClosureRow[]> {
    const location = filter.location
      ? await this.locationsService.findByRef(filter.location, { includeInactive: true })
      : undefined;
    const query = this.closures
      .createQueryBuilder('c')
      .leftJoinAndSelect('c.location', 'l')
      .where('c.endsOn >= :from', { from: filter.from ?? this.today() })
      .orderBy('c.startsOn', 'ASC')
      .addOrderBy('c.endsOn', 'ASC');
    if (filter.to) query.andWhere('c.startsOn <= :to', { to: filter.to });
    if (location) query.andWhere('(c.locationId = :id OR c.locationId IS NULL)', { id: location.id });
    const rows = await query.getMany();
    return rows.map(({ location: place, ...closure }) => ({
      closure: closure as Closure,
      location: place ? { id: place.id, code: place.code, name: place.name } : null,
    }));
  }

  /** One closure by id, or undefined. */
  async closure(id: string): Promise<Closure | undefined> {
    return (await this.closures.findOneBy({ id })) ?? undefined;
  }

  private async stationsOf(locationId: string): Promise<StationWithErrands[]> {
    const stations = await this.stationsRepo.find({ where: { locationId } });
    if (stations.length === 0) return [];
    const links = await this.stationErrands.findBy({ stationId: In(stations.map((station) => station.id)) });
    const errands = new Map<string, StationErrandRef>();
    for (const errandId of new Set(links.map((link) => link.errandId))) {
      const errand = await this.errands.findById(errandId);
      if (errand) errands.set(errandId, { id: errand.id, code: errand.code, name: errand.name });
    }
    return stations
      .sort((a, b) => a.name.localeCompare(b.name, 'da', { numeric: true }))
      .map((station) => ({
        id: station.id,
        name: station.name,
        active: station.active,
        errands: links
          .filter((link) => link.stationId === station.id)
          .flatMap((link) => errands.get(link.errandId) ?? [])
          .sort((a, b) => a.code.localeCompare(b.code)),
      }));
  }
}

/** Open-ended rows first (the usual week), then rows with a period by their first day. */
function byPeriodDayTime(a: OpeningHours, b: OpeningHours): number {
  const period = (row: OpeningHours) =>
    row.validFrom === null && row.validTo === null ? '0' : `1${row.validFrom ?? ''}|${row.validTo ?? ''}`;
  return period(a).localeCompare(period(b)) || a.weekday - b.weekday || a.opens.localeCompare(b.opens);
}
