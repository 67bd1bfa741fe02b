import { Body, Controller, Delete, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Audited } from '../audit/audited.decorator.js';
import { CurrentStaff, Roles, type StaffPrincipal } from '../auth/roles.decorator.js';
import type { GuardedResult } from '../bookings/booking-guard.service.js';
import { ChangeResponse } from '../common/dto/guarded-change.dto.js';
import { ErrorResponse } from '../common/errors/error-response.js';
import { Lang } from '../common/i18n/language.js';
import type { Language } from '../common/i18n/localized.js';
import { parseUuid } from '../common/pipes/parse-uuid.js';
import { ErrandDefinitionDto } from '../errands/dto/errand-definition.dto.js';
import { ErrandsService } from '../errands/errands.service.js';
import {
  CreateClosureDto,
  CreateLocationDto,
  CreateStationDto,
  OpeningHoursDto,
  StationDto,
  UpdateLocationDto,
} from '../locations/dto/location-admin.dto.js';
import { LocationsWriter } from '../locations/locations.writer.js';
import {
  AbsenceDto,
  AdviserDto,
  CreateAdviserDto,
  WorkingTimesDto,
} from '../staffing/dto/adviser-admin.dto.js';
import { StaffingWriter } from '../staffing/staffing.writer.js';
import { AbsenceVisitsService } from './absence-visits.service.js';
import { AdminService } from './admin.service.js';
import { AbsenceChangeResponse } from './dto/absence-visits.dto.js';

function changed(result: GuardedResult<string>): ChangeResponse {
  return { id: result.result, cancelledBookings: result.cancelled };
}

function created(id: string): ChangeResponse {
  return { id, cancelledBookings: [] };
}

/**
 * What the municipality maintains. Changes that would leave existing bookings outside opening
 * hours, working time or capable stations answer 409 CHANGE_AFFECTS_BOOKINGS listing them, unless
 * the body says `cancelBookings: true`; then those bookings are cancelled with a reason.
 */
@ApiTags('admin')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorResponse, description: '`AUTHENTICATION_REQUIRED`, `INVALID_TOKEN`' })
@ApiForbiddenResponse({ type: ErrorResponse, description: '`ROLE_REQUIRED`' })
@ApiConflictResponse({
  type: ErrorResponse,
  description: '`CHANGE_AFFECTS_BOOKINGS` (details.bookings), `CONFLICT`',
})
@ApiNotFoundResponse({ type: ErrorResponse, description: '`NOT_FOUND`, `LOCATION_NOT_FOUND`' })
@Roles('admin')
@Controller('admin')
export class AdminController {
  constructor(
    private readonly admin: AdminService,
    private readonly errands: ErrandsService,
    private readonly locationsWriter: LocationsWriter,
    private readonly staffingWriter: StaffingWriter,
    private readonly absenceVisits: AbsenceVisitsService,
  ) {}

  @Put('errands/:code')
  @Audited('errand.put')
  @ApiOperation({
    summary: 'Create or replace an errand with its options, questions and rules (rules validated)',
  })
  @ApiOkResponse({ type: ChangeResponse })
  @ApiUnprocessableEntityResponse({
    type: ErrorResponse,
    description: '`INVALID_ERRAND_DEFINITION` (details.problems)',
  })
  async putErrand(
    @Param('code') code: string,
    @Body() body: ErrandDefinitionDto,
    @Lang() language: Language,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<ChangeResponse> {
    const { active, ...definition } = body;
    const { id } = await this.errands.save(
      { ...definition, code: code.toUpperCase() },
      { active, by: staff.id },
    );
    const warnings = active === false ? [] : await this.admin.errandWarnings(id, language);
    return { ...created(id), ...(warnings.length > 0 && { warnings }) };
  }

  @Post('locations')
  @Audited('location.create')
  @ApiOperation({ summary: 'Add a location' })
  @ApiCreatedResponse({ type: ChangeResponse })
  async createLocation(@Body() body: CreateLocationDto): Promise<ChangeResponse> {
    return created(await this.locationsWriter.createLocation(body));
  }

  @Patch('locations/:location')
  @Audited('location.update')
  @ApiOperation({ summary: 'Rename, move or take a location out of use' })
  @ApiOkResponse({ type: ChangeResponse })
  async updateLocation(
    @Param('location') location: string,
    @Body() body: UpdateLocationDto,
  ): Promise<ChangeResponse> {
    return changed(await this.admin.updateLocation(location, body));
  }

  @Put('locations/:location/opening-hours')
  @Audited('location.opening-hours')
  @ApiOperation({ summary: 'Replace a location’s weekly opening hours (with validity periods)' })
  @ApiOkResponse({ type: ChangeResponse })
  async openingHours(
    @Param('location') location: string,
    @Body() body: OpeningHoursDto,
  ): Promise<ChangeResponse> {
    return changed(await this.admin.replaceOpeningHours(location, body));
  }

  @Post('locations/:location/stations')
  @Audited('station.create')
  @ApiOperation({ summary: 'Add a station to a location' })
  @ApiCreatedResponse({ type: ChangeResponse })
  @ApiUnprocessableEntityResponse({
    type: ErrorResponse,
    description: '`HOTLINE_HAS_NO_STATIONS`: the place is a hotline',
  })
  async createStation(
    @Param('location') location: string,
    @Body() body: CreateStationDto,
  ): Promise<ChangeResponse> {
    return created(await this.admin.createStation(location, body));
  }

  @Patch('stations/:id')
  @Audited('station.update')
  @ApiOperation({ summary: 'Rename a station, change its errands, or take it out of use' })
  @ApiOkResponse({ type: ChangeResponse })
  async updateStation(
    @Param('id', parseUuid('id')) id: string,
    @Body() body: StationDto,
  ): Promise<ChangeResponse> {
    return changed(await this.admin.updateStation(id, body));
  }

  @Post('closures')
  @Audited('closure.create')
  @ApiOperation({ summary: 'Close a location (or all) for a day or a span' })
  @ApiCreatedResponse({ type: ChangeResponse })
  async createClosure(@Body() body: CreateClosureDto): Promise<ChangeResponse> {
    return changed(await this.admin.createClosure(body));
  }

  @Delete('closures/:id')
  @Audited('closure.delete')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a closure' })
  @ApiNoContentResponse()
  async deleteClosure(@Param('id', parseUuid('id')) id: string): Promise<void> {
    await this.locationsWriter.deleteClosure(id);
  }

  @Post('advisers')
  @Audited('adviser.create')
  @ApiOperation({ summary: 'Add an adviser with the errands they handle' })
  @ApiCreatedResponse({ type: ChangeResponse })
  async createAdviser(@Body() body: CreateAdviserDto): Promise<ChangeResponse> {
    return created(await this.staffingWriter.createAdviser(body));
  }

  @Patch('advisers/:id')
  @Audited('adviser.update')
  @ApiOperation({ summary: 'Change an adviser’s name, errands or take them out of use' })
  @ApiOkResponse({ type: ChangeResponse })
  async updateAdviser(
    @Param('id', parseUuid('id')) id: string,
    @Body() body: AdviserDto,
  ): Promise<ChangeResponse> {
    return changed(await this.admin.updateAdviser(id, body));
  }

  @Put('advisers/:id/working-times')
  @Audited('adviser.working-times')
  @ApiOperation({ summary: 'Replace an adviser’s weekly working time' })
  @ApiOkResponse({ type: ChangeResponse })
  async workingTimes(
    @Param('id', parseUuid('id')) id: string,
    @Body() body: WorkingTimesDto,
  ): Promise<ChangeResponse> {
    return changed(await this.admin.replaceWorkingTimes(id, body));
  }

  @Post('advisers/:id/absences')
  @Audited('absence.create')
  @ApiOperation({
    summary:
      'Record an absence (illness, holiday, course); with moveVisits, hand its visits to free colleagues',
  })
  @ApiCreatedResponse({ type: AbsenceChangeResponse })
  async createAbsence(
    @Param('id', parseUuid('id')) id: string,
    @Body() body: AbsenceDto,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<AbsenceChangeResponse> {
    if (body.moveVisits) return this.absenceVisits.record(id, body, staff.id);
    return changed(await this.admin.createAbsence(id, body));
  }

  @Delete('absences/:id')
  @Audited('absence.delete')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove an absence' })
  @ApiNoContentResponse()
  async deleteAbsence(@Param('id', parseUuid('id')) id: string): Promise<void> {
    await this.staffingWriter.deleteAbsence(id);
  }
}
