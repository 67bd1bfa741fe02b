import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DateTime } from 'luxon';
import { CurrentStaff, Roles, type StaffPrincipal } from '../auth/roles.decorator.js';
import { CompleteVisitDto, VisitResponse } from '../bookings/dto/visit.dto.js';
import { VisitsService } from '../bookings/visits.service.js';
import { toVisitResponse } from '../bookings/visits.mapper.js';
import { Clock } from '../common/clock/clock.js';
import { ErrorResponse } from '../common/errors/error-response.js';
import { Lang } from '../common/i18n/language.js';
import { formatInstant } from '../common/time/format-instant.js';
import type { Language } from '../errands/errand-definition.js';
import { DateQuery } from '../reception/reception.dto.js';
import { StaffingService } from '../staffing/staffing.service.js';
import { AdviserDayResponse } from './adviser-day.dto.js';
import { NotAnAdviserError } from './calendars.errors.js';

const ZONE = 'Europe/Copenhagen';

@ApiTags('advisers')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorResponse, description: '`AUTHENTICATION_REQUIRED`, `INVALID_TOKEN`' })
@ApiForbiddenResponse({
  type: ErrorResponse,
  description: '`ROLE_REQUIRED`, `NOT_YOUR_VISIT`, `NOT_AN_ADVISER`',
})
@Roles('adviser')
@Controller()
export class AdvisersController {
  constructor(
    private readonly visits: VisitsService,
    private readonly staffing: StaffingService,
    private readonly clock: Clock,
  ) {}

  @Get('advisers/me/day')
  @ApiOperation({ summary: 'The signed-in adviser’s day: working time, station and every visit' })
  @ApiOkResponse({ type: AdviserDayResponse })
  async day(
    @CurrentStaff() staff: StaffPrincipal,
    @Query() query: DateQuery,
    @Lang() language: Language,
  ): Promise<AdviserDayResponse> {
    const adviserId = this.adviserOf(staff);
    const date = query.date ?? DateTime.fromJSDate(this.clock.now(), { zone: ZONE }).toISODate()!;
    const day = DateTime.fromISO(date, { zone: ZONE });
    const [working, visits] = await Promise.all([
      this.staffing.workingTimeOn(adviserId, date),
      this.visits.adviserVisits(adviserId, day.toJSDate(), day.plus({ days: 1 }).toJSDate()),
    ]);
    return {
      date,
      workingTime: working.map((period) => ({
        location: period.location.code,
        locationName: period.location.name,
        starts: formatInstant(period.starts.getTime(), period.location.timeZone),
        ends: formatInstant(period.ends.getTime(), period.location.timeZone),
      })),
      visits: visits.map((visit) => toVisitResponse(visit, visit.location.timeZone, language)),
    };
  }

  @Post('advisers/me/call-next')
  @HttpCode(200)
  @ApiOperation({ summary: 'Call the next checked-in citizen (earliest start) to the station' })
  @ApiOkResponse({ type: VisitResponse })
  @ApiNoContentResponse({ description: 'Nobody is waiting' })
  async callNext(
    @CurrentStaff() staff: StaffPrincipal,
    @Lang() language: Language,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<VisitResponse | undefined> {
    this.adviserOf(staff);
    const visit = await this.visits.callNext(staff);
    if (visit) return toVisitResponse(visit, visit.location.timeZone, language);
    void reply.status(204);
    return undefined;
  }

  @Post('visits/:reference/call')
  @HttpCode(200)
  @ApiOperation({ summary: 'Call a checked-in citizen to the station (again, if they did not hear it)' })
  @ApiOkResponse({ type: VisitResponse })
  @ApiNotFoundResponse({ type: ErrorResponse, description: '`BOOKING_NOT_FOUND`' })
  @ApiConflictResponse({
    type: ErrorResponse,
    description: '`VISIT_STATE_CONFLICT` (details.status is the current one)',
  })
  call(
    @Param('reference') reference: string,
    @CurrentStaff() staff: StaffPrincipal,
    @Lang() language: Language,
  ) {
    return this.act(reference, 'call', staff, language);
  }

  @Post('visits/:reference/start')
  @HttpCode(200)
  @ApiOperation({ summary: 'Start the visit' })
  @ApiOkResponse({ type: VisitResponse })
  @ApiConflictResponse({ type: ErrorResponse, description: '`VISIT_STATE_CONFLICT`' })
  start(
    @Param('reference') reference: string,
    @CurrentStaff() staff: StaffPrincipal,
    @Lang() language: Language,
  ) {
    return this.act(reference, 'start', staff, language);
  }

  @Post('visits/:reference/complete')
  @HttpCode(200)
  @ApiOperation({ summary: 'Complete the visit with its outcome' })
  @ApiOkResponse({ type: VisitResponse })
  @ApiConflictResponse({ type: ErrorResponse, description: '`VISIT_STATE_CONFLICT`' })
  complete(
    @Param('reference') reference: string,
    @Body() body: CompleteVisitDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Lang() language: Language,
  ) {
    return this.act(reference, 'complete', staff, language, body);
  }

  @Post('visits/:reference/no-show')
  @HttpCode(200)
  @ApiOperation({ summary: 'The citizen did not come' })
  @ApiOkResponse({ type: VisitResponse })
  @ApiConflictResponse({ type: ErrorResponse, description: '`VISIT_STATE_CONFLICT`' })
  noShow(
    @Param('reference') reference: string,
    @CurrentStaff() staff: StaffPrincipal,
    @Lang() language: Language,
  ) {
    return this.act(reference, 'no_show', staff, language);
  }

  private async act(
    reference: string,
    action: 'call' | 'start' | 'complete' | 'no_show',
    staff: StaffPrincipal,
    language: Language,
    completion?: CompleteVisitDto,
  ): Promise<VisitResponse> {
    this.adviserOf(staff);
    const visit = await this.visits.act(reference, action, staff, completion);
    return toVisitResponse(visit, visit.location.timeZone, language);
  }

  private adviserOf(staff: StaffPrincipal): string {
    if (!staff.adviserId) throw new NotAnAdviserError();
    return staff.adviserId;
  }
}
