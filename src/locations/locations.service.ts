import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, LessThanOrEqual, MoreThanOrEqual, type Repository } from 'typeorm';
import { SettingsService } from '../config/settings.service.js';
import { closedReason } from './closed-days.js';
import { Closure } from './entities/closure.entity.js';
import { hashSecret, newSecret, secretMatches } from '../common/secrets.js';
import { Location, type LocationKind } from './entities/location.entity.js';
import { Station, StationErrand } from './entities/station.entity.js';
import { LocationNotFoundError } from './locations.errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Bounds the kinds remembered by kindOf (a municipality has a handful of places). */
const MAX_REMEMBERED_KINDS = 1_000;

@Injectable()
export class LocationsService {
  constructor(
    @InjectRepository(Location) private readonly locations: Repository<Location>,
    @InjectRepository(Closure) private readonly closures: Repository<Closure>,
    private readonly settings: SettingsService,
  ) {}

  /**
   * Why each of these locations is closed on a local date (public holiday, municipal closed day,
   * closure of the location or of all), for those that are; the same rules as availability.
   */
  async closedOn(locationIds: string[], date: string): Promise<Map<string, string>> {
    const closures = await this.closures.find({
      where: [
        { locationId: In(locationIds), startsOn: LessThanOrEqual(date), endsOn: MoreThanOrEqual(date) },
        { locationId: IsNull(), startsOn: LessThanOrEqual(date), endsOn: MoreThanOrEqual(date) },
      ],
    });
    const closed = new Map<string, string>();
    for (const id of locationIds) {
      const own = closures.filter((c) => c.locationId === null || c.locationId === id);
      const reason = closedReason(date, this.settings.get('MUNICIPAL_CLOSED_DAYS'), own);
      if (reason) closed.set(id, reason);
    }
    return closed;
  }

  /** Kinds of places by id and code, as asked: neither ever changes once a place exists. */
  private readonly kinds = new Map<string, LocationKind>();

  /**
   * A place's kind by id or code (any case), in use or not: what a booking page needs to tell a
   * visit from a call on every request, remembered after the first read (a place's code and kind
   * are fixed when it is made; no change or delete path alters them). 404 for no place.
   */
  async kindOf(ref: string): Promise<LocationKind> {
    const key = UUID.test(ref) ? ref.toLowerCase() : ref.toUpperCase();
    const known = this.kinds.get(key);
    if (known) return known;
    const { kind } = await this.findByRef(ref, { includeInactive: true });
    if (this.kinds.size >= MAX_REMEMBERED_KINDS) this.kinds.clear();
    this.kinds.set(key, kind);
    return kind;
  }

  /** A location by id or code (any case); only active ones unless an admin asks for any. */
  async findByRef(ref: string, options: { includeInactive?: boolean } = {}): Promise<Location> {
    const where = UUID.test(ref) ? { id: ref } : { code: ref.toUpperCase() };
    const location = await this.locations.findOneBy(
      options.includeInactive ? where : { ...where, active: true },
    );
    if (!location) throw new LocationNotFoundError(ref);
    return location;
  }

  /** Locations in use, by name; only these ids when given (where a staff member works). */
  async activeByName(ids?: string[]): Promise<Location[]> {
    if (ids?.length === 0) return [];
    const locations = await this.locations.findBy({ active: true, ...(ids && { id: In(ids) }) });
    return locations.sort((a, b) => a.name.localeCompare(b.name, 'da'));
  }

  /** How many stations in use, at locations in use, can handle the errand. */
  stationsHandling(errandId: string): Promise<number> {
    return this.locations
      .createQueryBuilder('location')
      .innerJoin(Station, 'station', 'station.locationId = location.id AND station.active')
      .innerJoin(StationErrand, 'se', 'se.stationId = station.id AND se.errandId = :errandId', { errandId })
      .where('location.active')
      .getCount();
  }

  /** A new secret for the location's calendar feed; the previous URL stops working. */
  async rotateFeedToken(id: string): Promise<string> {
    const token = newSecret();
    await this.locations.update({ id }, { feedTokenHash: hashSecret(token) });
    return token;
  }

  /** The location's name when `token` opens its feed; undefined otherwise (alike for every reason). */
  async feedName(id: string, token: string): Promise<string | undefined> {
    const location = await this.locations.findOne({
      where: { id },
      select: { id: true, name: true, feedTokenHash: true },
    });
    return location?.feedTokenHash && secretMatches(token, location.feedTokenHash)
      ? location.name
      : undefined;
  }
}
