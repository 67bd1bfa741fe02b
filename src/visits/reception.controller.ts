import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Audited } from '../audit/audited.decorator.js';
import { CurrentStaff, Roles, type StaffPrincipal } from '../auth/roles.decorator.js';
import { StaffLocationsService } from '../auth/staff-locations.service.js';
import { ErrorResponse } from '../common/errors/error-response.js';
import { Lang } from '../common/i18n/language.js';
import { formatInstant } from '../common/time/format-instant.js';
import type { Language } from '../errands/errand-definition.js';
import { toTriageResponse } from '../errands/triage.mapper.js';
import { LocationsService } from '../locations/locations.service.js';
import { CheckInDto, CheckInResponse, DateQuery, WalkInDto, WalkInResponse } from './dto/reception.dto.js';
import { VisitResponse } from './dto/visit.dto.js';
import { NextFreeTimeService } from './next-free-time.service.js';
import { toVisitResponse } from './visits.mapper.js';
import { VisitsService } from './visits.service.js';

const MINUTE_MS = 60_000;

@ApiTags('reception')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorResponse, description: '`AUTHENTICATION_REQUIRED`, `INVALID_TOKEN`' })
@ApiForbiddenResponse({ type: ErrorResponse, description: '`ROLE_REQUIRED`, `LOCATION_NOT_ALLOWED`' })
@Controller('reception')
export class ReceptionController {
  constructor(
    private readonly visits: VisitsService,
    private readonly nextFree: NextFreeTimeService,
    private readonly locations: LocationsService,
    private readonly staffLocations: StaffLocationsService,
  ) {}

  @Get(':location/arrivals')
  @Roles('reception', 'admin')
  @Audited('arrivals.read')
  @ApiOperation({ summary: 'The day’s bookings at a location, in time order, with their status' })
  @ApiOkResponse({ type: [VisitResponse] })
  @ApiNotFoundResponse({ type: ErrorResponse, description: '`LOCATION_NOT_FOUND`' })
  async arrivals(
    @Param('location') ref: string,
    @Query() query: DateQuery,
    @Lang() language: Language,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<VisitResponse[]> {
    const location = await this.locations.findByRef(ref);
    this.staffLocations.assertMayWorkAt(staff, location);
    const bookings = await this.visits.arrivals(location, query.date);
    return bookings.map((booking) => toVisitResponse(booking, location.timeZone, language));
  }

  @Post('check-ins')
  @HttpCode(200)
  @Roles('reception')
  @Audited('visit.check-in')
  @ApiOperation({
    summary: 'Check a citizen in on arrival (booking reference or QR)',
    description:
      'Gives a queue number for the day. Checking in twice answers the same. Window: CHECK_IN_EARLY/LATE_MINUTES.',
  })
  @ApiOkResponse({ type: CheckInResponse })
  @ApiNotFoundResponse({ type: ErrorResponse, description: '`BOOKING_NOT_FOUND`, `LOCATION_NOT_FOUND`' })
  @ApiConflictResponse({ type: ErrorResponse, description: '`BOOKING_CANCELLED`, `VISIT_STATE_CONFLICT`' })
  @ApiUnprocessableEntityResponse({
    type: ErrorResponse,
    description: '`CHECK_IN_OUTSIDE_WINDOW`, `BOOKING_AT_OTHER_LOCATION`',
  })
  async checkIn(
    @Body() body: CheckInDto,
    @Lang() language: Language,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<CheckInResponse> {
    const location = await this.locations.findByRef(body.location);
    this.staffLocations.assertMayWorkAt(staff, location);
    const booking = await this.visits.checkIn(body.reference, location);
    return {
      ...toVisitResponse(booking, location.timeZone, language),
      minutesEarly: Math.round((booking.startsAt.getTime() - booking.checkedInAt!.getTime()) / MINUTE_MS),
    };
  }

  @Post('walk-ins')
  @HttpCode(200)
  @Roles('reception')
  @Audited('visit.walk-in')
  @ApiOperation({
    summary: 'Triage a walk-in; book and check in the next free time today when a visit is needed',
    description:
      'With `self_service`, hand the citizen the guidance. With `visit` and nothing free today, `nextAvailable` says when.',
  })
  @ApiOkResponse({ type: WalkInResponse })
  @ApiNotFoundResponse({ type: ErrorResponse, description: '`ERRAND_NOT_FOUND`, `LOCATION_NOT_FOUND`' })
  async walkIn(
    @Body() body: WalkInDto,
    @Lang() language: Language,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<WalkInResponse> {
    const location = await this.locations.findByRef(body.location);
    this.staffLocations.assertMayWorkAt(staff, location);
    const { triage, visit } = await this.visits.walkIn(
      location,
      body.errand,
      body.answers ?? {},
      { name: body.name },
      language,
    );
    const walkIn = { triage: toTriageResponse(triage, language, false), visit: null, nextAvailable: null };
    if (triage.outcome !== 'visit') return walkIn;
    if (visit) return { ...walkIn, visit: toVisitResponse(visit, location.timeZone, language) };
    const next = await this.nextFree.after(triage.errand, location);
    return {
      ...walkIn,
      nextAvailable: next && { start: formatInstant(next.start, location.timeZone), location: next.location },
    };
  }
}
