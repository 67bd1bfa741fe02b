import { HotlineHasNoStationsError } from '../locations/locations.errors.js';
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
import { StaffingService } from '../staffing/staffing.service.js';
import { StaffingWriter } from '../staffing/staffing.writer.js';
import type { Language, Localized } from '../common/i18n/localized.js';

export type ChangeWarning = { code: 'NO_ACTIVE_STATION' | 'NO_ACTIVE_ADVISER'; message: string };

const WARNINGS: Record<ChangeWarning['code'], Localized> = {
  NO_ACTIVE_STATION: {
    da: 'Ingen station i brug kan tage ærindet, så der kan ikke bookes tid til det.',
    en: 'No station in use can handle the errand, so no visit can be booked for it.',
  },
  NO_ACTIVE_ADVISER: {
    da: 'Ingen rådgiver i brug tager sig af ærindet, så der kan ikke bookes tid til det.',
    en: 'No adviser in use handles the errand, so no visit can be booked for it.',
  },
};

const warning = (code: ChangeWarning['code'], language: Language): ChangeWarning => ({
  code,
  message: WARNINGS[code][language],
});

const CANCEL_REASON = 'Aflyst af Borgerservice på grund af en ændring i åbningstider eller bemanding';

/** `reason`: what the admin wrote on the staff pages; the API's changes give the standard one. */
function guardOptions(dto: { cancelBookings?: boolean }, reason = CANCEL_REASON) {
  return { cancelBookings: dto.cancelBookings, reason };
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
    private readonly staffing: StaffingService,
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

  /**
   * What is worth a look after saving an errand in use: no station or no adviser in use can handle
   * it, so a triage that says `visit` finds no time.
   */
  async errandWarnings(errandId: string, language: Language): Promise<ChangeWarning[]> {
    const [stations, advisers] = await Promise.all([
      this.locations.stationsHandling(errandId),
      this.staffing.advisersHandling(errandId),
    ]);
    return [
      ...(stations === 0 ? [warning('NO_ACTIVE_STATION', language)] : []),
      ...(advisers === 0 ? [warning('NO_ACTIVE_ADVISER', language)] : []),
    ];
  }

  /** Adding capacity can never break a booking; a hotline takes none (its calls need no station). */
  async createStation(ref: string, dto: CreateStationDto): Promise<string> {
    const { id, kind, name } = await this.locations.findByRef(ref);
    if (kind === 'hotline') throw new HotlineHasNoStationsError(name);
    return this.locationsWriter.createStation(id, dto);
  }

  async updateStation(id: string, dto: StationDto, reason?: string): Promise<GuardedResult<string>> {
    await this.locationsWriter.assertStationExists(id);
    const { cancelBookings: _flag, ...fields } = dto;
    return this.guard.change({ stationId: id }, guardOptions(dto, reason), async (manager) => {
      await this.locationsWriter.updateStation(manager, id, fields);
      return id;
    });
  }

  async replaceOpeningHours(
    ref: string,
    dto: OpeningHoursDto,
    reason?: string,
  ): Promise<GuardedResult<string>> {
    const { id } = await this.locations.findByRef(ref);
    return this.guard.change({ locationId: id }, guardOptions(dto, reason), async (manager) => {
      await this.locationsWriter.replaceOpeningHours(manager, id, dto.hours);
      return id;
    });
  }

  async createClosure(dto: CreateClosureDto, reason?: string): Promise<GuardedResult<string>> {
    const location = dto.location ? await this.locations.findByRef(dto.location) : undefined;
    const scope = location ? { locationId: location.id } : ('all' as const);
    return this.guard.change(scope, guardOptions(dto, reason), (manager) =>
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

  async replaceWorkingTimes(
    id: string,
    dto: WorkingTimesDto,
    reason?: string,
  ): Promise<GuardedResult<string>> {
    await this.staffingWriter.assertAdviserExists(id);
    const locationIds = new Map<string, string>();
    for (const time of dto.times)
      locationIds.set(time.location, (await this.locations.findByRef(time.location)).id);
    const rows = dto.times.map(({ location, ...time }) => ({
      ...time,
      locationId: locationIds.get(location)!,
    }));
    return this.guard.change({ adviserId: id }, guardOptions(dto, reason), async (manager) => {
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
