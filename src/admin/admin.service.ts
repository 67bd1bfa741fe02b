import { Injectable } from '@nestjs/common';
import { BookingGuardService, type GuardedResult } from '../bookings/booking-guard.service.js';
import type {
  CreateClosureDto,
  CreateStationDto,
  OpeningHoursDto,
  StationDto,
  UpdateLocationDto,
} from '../locations/dto/location-admin.dto.js';
import { LocationsService } from '../locations/locations.service.js';
import { LocationsWriter } from '../locations/locations.writer.js';
import type { AbsenceDto, AdviserDto, WorkingTimesDto } from '../staffing/dto/adviser-admin.dto.js';
import { StaffingWriter } from '../staffing/staffing.writer.js';

const CANCEL_REASON = 'Aflyst af Borgerservice på grund af en ændring i åbningstider eller bemanding';

function guardOptions(dto: { cancelBookings?: boolean }) {
  return { cancelBookings: dto.cancelBookings, reason: CANCEL_REASON };
}

/**
 * The municipality's changes to places and staffing that can break existing bookings: each runs
 * the owning module's writer inside BookingGuardService's transaction, which refuses (or, when
 * asked, cancels) the bookings the change would leave impossible. Owns no table.
 */
@Injectable()
export class AdminService {
  constructor(
    private readonly guard: BookingGuardService,
    private readonly locations: LocationsService,
    private readonly locationsWriter: LocationsWriter,
    private readonly staffingWriter: StaffingWriter,
  ) {}

  async updateLocation(ref: string, dto: UpdateLocationDto): Promise<GuardedResult<string>> {
    // An inactive location can be found here, so that it can be put back into use.
    const { id } = await this.locations.findByRef(ref, { includeInactive: true });
    const { cancelBookings: _flag, ...fields } = dto;
    return this.guard.change({ locationId: id }, guardOptions(dto), async (manager) => {
      await this.locationsWriter.updateLocation(manager, id, fields);
      return id;
    });
  }

  /** Adding capacity can never break a booking. */
  async createStation(ref: string, dto: CreateStationDto): Promise<string> {
    const { id } = await this.locations.findByRef(ref);
    return this.locationsWriter.createStation(id, dto);
  }

  async updateStation(id: string, dto: StationDto): Promise<GuardedResult<string>> {
    await this.locationsWriter.assertStationExists(id);
    const { cancelBookings: _flag, ...fields } = dto;
    return this.guard.change({ stationId: id }, guardOptions(dto), async (manager) => {
      await this.locationsWriter.updateStation(manager, id, fields);
      return id;
    });
  }

  async replaceOpeningHours(ref: string, dto: OpeningHoursDto): Promise<GuardedResult<string>> {
    const { id } = await this.locations.findByRef(ref);
    return this.guard.change({ locationId: id }, guardOptions(dto), async (manager) => {
      await this.locationsWriter.replaceOpeningHours(manager, id, dto.hours);
      return id;
    });
  }

  async createClosure(dto: CreateClosureDto): Promise<GuardedResult<string>> {
    const location = dto.location ? await this.locations.findByRef(dto.location) : undefined;
    return this.guard.change(location ? { locationId: location.id } : 'all', guardOptions(dto), (manager) =>
      this.locationsWriter.createClosure(manager, location?.id ?? null, dto),
    );
  }

  async updateAdviser(id: string, dto: AdviserDto): Promise<GuardedResult<string>> {
    await this.staffingWriter.assertAdviserExists(id);
    const { cancelBookings: _flag, ...fields } = dto;
    return this.guard.change({ adviserId: id }, guardOptions(dto), async (manager) => {
      await this.staffingWriter.updateAdviser(manager, id, fields);
      return id;
    });
  }

  async replaceWorkingTimes(id: string, dto: WorkingTimesDto): Promise<GuardedResult<string>> {
    await this.staffingWriter.assertAdviserExists(id);
    const locationIds = new Map<string, string>();
    for (const time of dto.times)
      locationIds.set(time.location, (await this.locations.findByRef(time.location)).id);
    const rows = dto.times.map(({ location, ...time }) => ({
      ...time,
      locationId: locationIds.get(location)!,
    }));
    return this.guard.change({ adviserId: id }, guardOptions(dto), async (manager) => {
      await this.staffingWriter.replaceWorkingTimes(manager, id, rows);
      return id;
    });
  }

  async createAbsence(id: string, dto: AbsenceDto): Promise<GuardedResult<string>> {
    await this.staffingWriter.assertAdviserExists(id);
    return this.guard.change({ adviserId: id }, guardOptions(dto), (manager) =>
      this.staffingWriter.createAbsence(manager, id, dto),
    );
  }
}
