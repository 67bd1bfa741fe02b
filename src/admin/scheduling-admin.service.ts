import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { Errand } from '../errands/entities/errand.entity.js';
import { Closure } from '../locations/entities/closure.entity.js';
import { Location } from '../locations/entities/location.entity.js';
import { OpeningHours } from '../locations/entities/opening-hours.entity.js';
import { Station, StationErrand } from '../locations/entities/station.entity.js';
import { LocationsService } from '../locations/locations.service.js';
import { Absence } from '../staffing/entities/absence.entity.js';
import { Adviser, AdviserErrand } from '../staffing/entities/adviser.entity.js';
import { WorkingTime } from '../staffing/entities/working-time.entity.js';
import { AdminNotFoundError } from './admin.errors.js';
import type {
  AbsenceDto,
  AdviserDto,
  CreateAdviserDto,
  CreateClosureDto,
  CreateStationDto,
  CreateLocationDto,
  OpeningHoursDto,
  StationDto,
  UpdateLocationDto,
  WorkingTimesDto,
} from './admin.dto.js';
import { BookingGuardService, type GuardedResult } from './booking-guard.service.js';

const CANCEL_REASON = 'Aflyst af Borgerservice på grund af en ændring i åbningstider eller bemanding';

/**
 * The municipality maintains locations, stations, opening hours, closures, advisers, working time
 * and absences. Every change that can break an existing booking goes through BookingGuardService.
 */
@Injectable()
export class SchedulingAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly guard: BookingGuardService,
    private readonly locations: LocationsService,
  ) {}

  async createLocation(dto: CreateLocationDto): Promise<string> {
    const saved = await this.dataSource.getRepository(Location).save(dto);
    return saved.id;
  }

  async updateLocation(ref: string, dto: UpdateLocationDto): Promise<GuardedResult<string>> {
    // An inactive location can be found here, so that it can be put back into use.
    const location = await this.locations.findByRef(ref, { includeInactive: true });
    return this.guard.change({ locationId: location.id }, this.options(dto), async (manager) => {
      const { cancelBookings: _ignored, ...changes } = dto;
      // TypeORM refuses an UPDATE without values; a PATCH that changes nothing is a no-op.
      if (Object.keys(changes).length > 0) await manager.update(Location, { id: location.id }, changes);
      return location.id;
    });
  }

  async createStation(ref: string, dto: CreateStationDto): Promise<string> {
    const location = await this.locations.findByRef(ref);
    return this.dataSource.transaction(async (manager) => {
      const station = await manager.save(Station, {
        locationId: location.id,
        name: dto.name,
        active: dto.active ?? true,
      });
      await this.setStationErrands(manager, station.id, dto.errands ?? []);
      return station.id;
    });
  }

  async updateStation(id: string, dto: StationDto): Promise<GuardedResult<string>> {
    await this.exists(Station, id, 'station');
    return this.guard.change({ stationId: id }, this.options(dto), async (manager) => {
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
      return id;
    });
  }

  async replaceOpeningHours(ref: string, dto: OpeningHoursDto): Promise<GuardedResult<string>> {
    const location = await this.locations.findByRef(ref);
    return this.guard.change({ locationId: location.id }, this.options(dto), async (manager) => {
      await manager.delete(OpeningHours, { locationId: location.id });
      if (dto.hours.length > 0) {
        await manager.insert(
          OpeningHours,
          dto.hours.map((h) => ({
            ...h,
            locationId: location.id,
            validFrom: h.validFrom ?? null,
            validTo: h.validTo ?? null,
          })),
        );
      }
      return location.id;
    });
  }

  async createClosure(dto: CreateClosureDto): Promise<GuardedResult<string>> {
    const location = dto.location ? await this.locations.findByRef(dto.location) : undefined;
    return this.guard.change(
      location ? { locationId: location.id } : 'all',
      this.options(dto),
      async (manager) => {
        const closure = await manager.save(Closure, {
          locationId: location?.id ?? null,
          startsOn: dto.startsOn,
          endsOn: dto.endsOn,
          reason: dto.reason,
        });
        return closure.id;
      },
    );
  }

  /** Removing a closure, an absence, or adding capacity can never break a booking. */
  async deleteClosure(id: string): Promise<void> {
    const { affected } = await this.dataSource.getRepository(Closure).delete({ id });
    if (!affected) throw new AdminNotFoundError('closure', id);
  }

  async createAdviser(dto: CreateAdviserDto): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const adviser = await manager.save(Adviser, {
        name: dto.name,
        email: dto.email.toLowerCase(),
        active: dto.active ?? true,
      });
      await this.setAdviserErrands(manager, adviser.id, dto.errands ?? []);
      return adviser.id;
    });
  }

  async updateAdviser(id: string, dto: AdviserDto): Promise<GuardedResult<string>> {
    await this.exists(Adviser, id, 'adviser');
    return this.guard.change({ adviserId: id }, this.options(dto), async (manager) => {
      const { cancelBookings: _c, errands, ...fields } = dto;
      if (Object.keys(fields).length > 0)
        await manager.update(
          Adviser,
          { id },
          { ...fields, ...(fields.email && { email: fields.email.toLowerCase() }) },
        );
      if (errands) await this.setAdviserErrands(manager, id, errands);
      return id;
    });
  }

  async replaceWorkingTimes(id: string, dto: WorkingTimesDto): Promise<GuardedResult<string>> {
    await this.exists(Adviser, id, 'adviser');
    const locationIds = new Map<string, string>();
    for (const time of dto.times)
      locationIds.set(time.location, (await this.locations.findByRef(time.location)).id);
    return this.guard.change({ adviserId: id }, this.options(dto), async (manager) => {
      await manager.delete(WorkingTime, { adviserId: id });
      if (dto.times.length > 0) {
        await manager.insert(
          WorkingTime,
          dto.times.map(({ location, ...time }) => ({
            ...time,
            adviserId: id,
            locationId: locationIds.get(location)!,
            validFrom: time.validFrom ?? null,
            validTo: time.validTo ?? null,
          })),
        );
      }
      return id;
    });
  }

  async createAbsence(id: string, dto: AbsenceDto): Promise<GuardedResult<string>> {
    await this.exists(Adviser, id, 'adviser');
    return this.guard.change({ adviserId: id }, this.options(dto), async (manager) => {
      const absence = await manager.save(Absence, {
        adviserId: id,
        startsAt: new Date(dto.startsAt),
        endsAt: new Date(dto.endsAt),
        reason: dto.reason,
      });
      return absence.id;
    });
  }

  async deleteAbsence(id: string): Promise<void> {
    const { affected } = await this.dataSource.getRepository(Absence).delete({ id });
    if (!affected) throw new AdminNotFoundError('absence', id);
  }

  private options(dto: { cancelBookings?: boolean }) {
    return { cancelBookings: dto.cancelBookings, reason: CANCEL_REASON };
  }

  private async exists(entity: typeof Station | typeof Adviser, id: string, what: string): Promise<void> {
    if (!(await this.dataSource.getRepository(entity).existsBy({ id })))
      throw new AdminNotFoundError(what, id);
  }

  private async errandIds(manager: EntityManager, codes: string[]): Promise<string[]> {
    const found = await manager.find(Errand, {
      where: { code: In(codes) },
      select: { id: true, code: true },
    });
    const missing = codes.filter((code) => !found.some((errand) => errand.code === code));
    if (missing.length > 0) throw new AdminNotFoundError('errand', missing.join(', '));
    return found.map((errand) => errand.id);
  }

  private async setStationErrands(manager: EntityManager, stationId: string, codes: string[]): Promise<void> {
    const ids = await this.errandIds(manager, codes);
    await manager.delete(StationErrand, { stationId });
    if (ids.length > 0)
      await manager.insert(
        StationErrand,
        ids.map((errandId) => ({ stationId, errandId })),
      );
  }

  private async setAdviserErrands(manager: EntityManager, adviserId: string, codes: string[]): Promise<void> {
    const ids = await this.errandIds(manager, codes);
    await manager.delete(AdviserErrand, { adviserId });
    if (ids.length > 0)
      await manager.insert(
        AdviserErrand,
        ids.map((errandId) => ({ adviserId, errandId })),
      );
  }
}
