import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { RecordNotFoundError } from '../common/errors/domain-error.js';
import { overlappingRows } from '../common/time/weekly-rules.js';
import { ErrandsService } from '../errands/errands.service.js';
import type {
  CreateClosureDto,
  CreateLocationDto,
  CreateStationDto,
  StationDto,
  UpdateLocationDto,
  WeeklyHoursDto,
} from './dto/location-admin.dto.js';
import { Closure } from './entities/closure.entity.js';
import { Location } from './entities/location.entity.js';
import { OpeningHours } from './entities/opening-hours.entity.js';
import { Station, StationErrand } from './entities/station.entity.js';
import { OverlappingOpeningHoursError } from './locations.errors.js';

/**
 * Directions as stored: an empty text means none (null), so the pages never show an empty line.
 * null (as GET /admin/locations/{location} answers "none") also means none.
 */
function storedDirections(text: string | null | undefined): string | null | undefined {
  return text === undefined ? undefined : text === null || text.trim() === '' ? null : text;
}

/**
 * The only writer of locations, stations, their errands, opening hours and closures. Methods that
 * take an EntityManager run inside the caller's transaction (the admin's guarded change, which
 * then checks the bookings the change touches); the others make their own.
 */
@Injectable()
export class LocationsWriter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly errands: ErrandsService,
  ) {}

  async createLocation(dto: CreateLocationDto, within?: EntityManager): Promise<string> {
    const { directions, ...fields } = dto;
    const saved = await (within ?? this.dataSource.manager).save(Location, {
      ...fields,
      directions: {
        da: storedDirections(directions?.da) ?? null,
        en: storedDirections(directions?.en) ?? null,
      },
    });
    return saved.id;
  }

  async updateLocation(
    manager: EntityManager,
    id: string,
    fields: Pick<UpdateLocationDto, 'name' | 'address' | 'active' | 'directions'>,
  ): Promise<void> {
    const { directions, ...rest } = fields;
    // Only the languages sent: TypeORM updates just the embedded columns present in the object.
    const text = {
      ...(directions?.da !== undefined && { da: storedDirections(directions.da) }),
      ...(directions?.en !== undefined && { en: storedDirections(directions.en) }),
    };
    const changes = { ...rest, ...(Object.keys(text).length > 0 && { directions: text }) };
    // TypeORM refuses an UPDATE without values; a PATCH that changes nothing is a no-op.
    if (Object.keys(changes).length > 0) await manager.update(Location, { id }, changes);
  }

  async createStation(
    locationId: string,
    dto: Omit<CreateStationDto, 'cancelBookings'>,
    within?: EntityManager,
  ): Promise<string> {
    return (within ?? this.dataSource.manager).transaction(async (manager) => {
      const station = await manager.save(Station, { locationId, name: dto.name, active: dto.active ?? true });
      await this.setStationErrands(manager, station.id, dto.errands ?? []);
      return station.id;
    });
  }

  async updateStation(
    manager: EntityManager,
    id: string,
    dto: Omit<StationDto, 'cancelBookings'>,
  ): Promise<void> {
    if (dto.name !== undefined || dto.active !== undefined) {
      await manager.update(
        Station,
        { id },
        {
          ...(dto.name !== undefined && { name: dto.name }),
          ...(dto.active !== undefined && { active: dto.active }),
        },
      );
    }
    if (dto.errands) await this.setStationErrands(manager, id, dto.errands);
  }

  async assertStationExists(id: string): Promise<void> {
    if (!(await this.dataSource.getRepository(Station).existsBy({ id })))
      throw new RecordNotFoundError('station', id);
  }

  /** Replaces the whole weekly set of a location (rows with a validity period included). */
  async replaceOpeningHours(
    manager: EntityManager,
    locationId: string,
    hours: WeeklyHoursDto[],
  ): Promise<void> {
    const overlaps = overlappingRows(
      hours.map((h) => ({
        ...h,
        from: h.opens,
        to: h.closes,
        validFrom: h.validFrom ?? null,
        validTo: h.validTo ?? null,
      })),
    );
    if (overlaps.length > 0) throw new OverlappingOpeningHoursError(overlaps);
    await manager.delete(OpeningHours, { locationId });
    if (hours.length === 0) return;
    await manager.insert(
      OpeningHours,
      hours.map((h) => ({ ...h, locationId, validFrom: h.validFrom ?? null, validTo: h.validTo ?? null })),
    );
  }

  /** A closure of one location, or of every location when `locationId` is null; all day or some hours. */
  async createClosure(
    manager: EntityManager,
    locationId: string | null,
    dto: Pick<CreateClosureDto, 'startsOn' | 'endsOn' | 'reason' | 'closedFrom' | 'closedTo'>,
  ): Promise<string> {
    const closure = await manager.save(Closure, {
      locationId,
      startsOn: dto.startsOn,
      endsOn: dto.endsOn,
      reason: dto.reason,
      closedFrom: dto.closedFrom ?? null,
      closedTo: dto.closedTo ?? null,
    });
    return closure.id;
  }

  /** Removing a closure can never break a booking. */
  async deleteClosure(id: string): Promise<void> {
    const { affected } = await this.dataSource.getRepository(Closure).delete({ id });
    if (!affected) throw new RecordNotFoundError('closure', id);
  }

  private async setStationErrands(manager: EntityManager, stationId: string, codes: string[]): Promise<void> {
    const ids = await this.errands.idsForCodes(codes, manager);
    await manager.delete(StationErrand, { stationId });
    if (ids.length > 0)
      await manager.insert(
        StationErrand,
        ids.map((errandId) => ({ stationId, errandId })),
      );
  }
}
