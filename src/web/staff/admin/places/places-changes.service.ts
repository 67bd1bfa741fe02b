import { Injectable } from '@nestjs/common';
import { AdminService } from '../../../../admin/admin.service.js';
import { AuditLog } from '../../../../audit/audit-log.service.js';
import type { StaffPrincipal } from '../../../../auth/roles.decorator.js';
import type { GuardedResult } from '../../../../bookings/booking-guard.service.js';
import type {
  CreateClosureDto,
  CreateStationDto,
  OpeningHoursDto,
  StationDto,
} from '../../../../locations/dto/location-admin.dto.js';
import { LocationQueries } from '../../../../locations/location-queries.service.js';
import { LocationsWriter } from '../../../../locations/locations.writer.js';
import { RecordNotFoundError } from '../../../../common/errors/domain-error.js';

type Cancel = { reason: string } | undefined;

/**
 * The places pages' changes: through AdminService (which runs them inside BookingGuardService) like
 * the admin API, with the same audit actions, written once a change has gone through — a form shown
 * again with problems changed nothing and leaves no row.
 */
@Injectable()
export class PlacesChanges {
  constructor(
    private readonly admin: AdminService,
    private readonly writer: LocationsWriter,
    private readonly audit: AuditLog,
    private readonly queries: LocationQueries,
  ) {}

  async createClosure(
    staff: StaffPrincipal,
    dto: CreateClosureDto,
    cancel: Cancel,
  ): Promise<GuardedResult<string>> {
    const result = await this.admin.createClosure({ ...dto, cancelBookings: !!cancel }, cancel?.reason);
    await this.record(staff, 'closure.create', result, dto.location);
    return result;
  }

  /** A closure of this location or of every location, removed from the location's page. */
  async deleteClosure(staff: StaffPrincipal, id: string, locationId: string): Promise<void> {
    const closure = await this.queries.closure(id);
    if (!closure || (closure.locationId !== null && closure.locationId !== locationId))
      throw new RecordNotFoundError('closure', id);
    await this.writer.deleteClosure(id);
    await this.audit.record(staff.id, 'closure.delete', { objects: [id] });
  }

  async replaceOpeningHours(
    staff: StaffPrincipal,
    code: string,
    dto: OpeningHoursDto,
    cancel: Cancel,
  ): Promise<GuardedResult<string>> {
    const result = await this.admin.replaceOpeningHours(
      code,
      { ...dto, cancelBookings: !!cancel },
      cancel?.reason,
    );
    await this.record(staff, 'location.opening-hours', result, code);
    return result;
  }

  async createStation(staff: StaffPrincipal, code: string, dto: CreateStationDto): Promise<string> {
    const id = await this.admin.createStation(code, dto);
    await this.audit.record(staff.id, 'station.create', { objects: [code, id] });
    return id;
  }

  async updateStation(
    staff: StaffPrincipal,
    id: string,
    dto: StationDto,
    cancel: Cancel,
  ): Promise<GuardedResult<string>> {
    const result = await this.admin.updateStation(id, { ...dto, cancelBookings: !!cancel }, cancel?.reason);
    await this.record(staff, 'station.update', result);
    return result;
  }

  private async record(
    staff: StaffPrincipal,
    action: string,
    result: GuardedResult<string>,
    location?: string,
  ): Promise<void> {
    await this.audit.record(staff.id, action, {
      objects: [...(location ? [location] : []), result.result],
      bookings: result.cancelled.map((booking) => booking.reference),
    });
  }
}
