import { Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Audited } from '../audit/audited.decorator.js';
import { CurrentStaff, Roles, type StaffPrincipal } from '../auth/roles.decorator.js';
import { ErrorResponse } from '../common/errors/error-response.js';
import { Lang } from '../common/i18n/language.js';
import { formatInstant } from '../common/time/format-instant.js';
import type { Language } from '../errands/errand-definition.js';
import { AdviserDayResponse } from './dto/adviser-day.dto.js';
import { DateQuery } from './dto/reception.dto.js';
import { VisitResponse } from './dto/visit.dto.js';
import { NotAnAdviserError } from '../staffing/staffing.errors.js';
import { toVisitResponse } from './visits.mapper.js';
import { AdviserDayService, DAY_ZONE } from './adviser-day.service.js';
import { VisitsService } from './visits.service.js';

/** The signed-in adviser's own day and queue. */
@ApiTags('visits')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorResponse, description: '`AUTHENTICATION_REQUIRED`, `INVALID_TOKEN`' })
@ApiForbiddenResponse({ type: ErrorResponse, description: '`ROLE_REQUIRED`, `NOT_AN_ADVISER`' })
@Roles('adviser')
@Controller('advisers/me')
export class AdviserDayController {
  constructor(
    private readonly days: AdviserDayService,
    private readonly visits: VisitsService,
  ) {}

  @Get('day')
  @Audited('adviser-day.read')
  @ApiOperation({ summary: 'The signed-in adviser’s day: working time, station and every visit' })
  @ApiOkResponse({ type: AdviserDayResponse })
  async day(
    @CurrentStaff() staff: StaffPrincipal,
    @Query() query: DateQuery,
    @Lang() language: Language,
  ): Promise<AdviserDayResponse> {
    const day = await this.days.dayOf(adviserOf(staff), query.date);
    return {
      date: day.date,
      workingTime: day.workingTime.map((period) => ({
        location: period.location.code,
        locationName: period.location.name,
        starts: formatInstant(period.starts.getTime(), period.location.timeZone),
        ends: formatInstant(period.ends.getTime(), period.location.timeZone),
      })),
      away: day.away.map((absence) => ({
        starts: formatInstant(absence.starts.getTime(), DAY_ZONE),
        ends: formatInstant(absence.ends.getTime(), DAY_ZONE),
        reason: absence.reason,
      })),
      closed: day.closed.map(({ location, reason }) => ({
        location: location.code,
        locationName: location.name,
        reason,
      })),
      visits: day.visits.map((visit) => toVisitResponse(visit, visit.location.timeZone, language)),
    };
  }

  @Post('call-next')
  @HttpCode(200)
  @Audited('visit.call-next')
  @ApiOperation({ summary: 'Call the next checked-in citizen (earliest start) to the station' })
  @ApiOkResponse({ type: VisitResponse })
  @ApiNoContentResponse({ description: 'Nobody is waiting' })
  async callNext(
    @CurrentStaff() staff: StaffPrincipal,
    @Lang() language: Language,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<VisitResponse | undefined> {
    adviserOf(staff);
    const visit = await this.visits.callNext(staff);
    if (visit) return toVisitResponse(visit, visit.location.timeZone, language);
    void reply.status(204);
    return undefined;
  }
}

function adviserOf(staff: StaffPrincipal): string {
  if (!staff.adviserId) throw new NotAnAdviserError();
  return staff.adviserId;
}
