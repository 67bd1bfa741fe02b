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
import { DateTime } from 'luxon';
import { Roles } from '../auth/roles.decorator.js';
import { AvailabilityService } from '../availability/availability.service.js';
import { BookingsService } from '../bookings/bookings.service.js';
import { VisitResponse } from '../bookings/dto/visit.dto.js';
import { VisitsService, localDate } from '../bookings/visits.service.js';
import { toVisitResponse } from '../bookings/visits.mapper.js';
import { ErrorResponse } from '../common/errors/error-response.js';
import { Lang } from '../common/i18n/language.js';
import { Clock } from '../common/clock/clock.js';
import { formatInstant } from '../common/time/format-instant.js';
import type { Language } from '../errands/errand-definition.js';
import { TriageService } from '../errands/triage.service.js';
import { toTriageResponse } from '../errands/triage.mapper.js';
import { LocationsService } from '../locations/locations.service.js';
import {
  CheckInDto,
  CheckInResponse,
  DateQuery,
  QueueResponse,
  WalkInDto,
  WalkInResponse,
} from './reception.dto.js';

const MINUTE_MS = 60_000;
/** How far ahead reception looks for the next free time when nothing is free today. */
const NEXT_TIME_SEARCH_DAYS = 31;

@ApiTags('reception')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorResponse, description: '`AUTHENTICATION_REQUIRED`, `INVALID_TOKEN`' })
@ApiForbiddenResponse({ type: ErrorResponse, description: '`ROLE_REQUIRED`' })
@Controller('reception')
export class ReceptionController {
  constructor(
    private readonly visits: VisitsService,
    private readonly bookings: BookingsService,
    private readonly triage: TriageService,
    private readonly availability: AvailabilityService,
    private readonly locations: LocationsService,
    private readonly clock: Clock,
  ) {}

  @Get(':location/arrivals')
  @Roles('reception', 'admin')
  @ApiOperation({ summary: 'The day’s bookings at a location, in time order, with their status' })
  @ApiOkResponse({ type: [VisitResponse] })
  @ApiNotFoundResponse({ type: ErrorResponse, description: '`LOCATION_NOT_FOUND`' })
  async arrivals(
    @Param('location') ref: string,
    @Query() query: DateQuery,
    @Lang() language: Language,
  ): Promise<VisitResponse[]> {
    const location = await this.locations.findByRef(ref);
    const date = query.date ?? localDate(this.clock.now(), location.timeZone);
    const bookings = await this.visits.arrivals(location, date);
    return bookings.map((booking) => toVisitResponse(booking, location.timeZone, language));
  }

  @Post('check-ins')
  @HttpCode(200)
  @Roles('reception')
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
  async checkIn(@Body() body: CheckInDto, @Lang() language: Language): Promise<CheckInResponse> {
    const location = await this.locations.findByRef(body.location);
    const booking = await this.visits.checkIn(body.reference, location);
    return {
      ...toVisitResponse(booking, location.timeZone, language),
      minutesEarly: Math.round((booking.startsAt.getTime() - booking.checkedInAt!.getTime()) / MINUTE_MS),
    };
  }

  @Post('walk-ins')
  @HttpCode(200)
  @Roles('reception')
  @ApiOperation({
    summary: 'Triage a walk-in; book and check in the next free time today when a visit is needed',
    description:
      'With `self_service`, hand the citizen the guidance. With `visit` and nothing free today, `nextAvailable` says when.',
  })
  @ApiOkResponse({ type: WalkInResponse })
  @ApiNotFoundResponse({ type: ErrorResponse, description: '`ERRAND_NOT_FOUND`, `LOCATION_NOT_FOUND`' })
  async walkIn(@Body() body: WalkInDto, @Lang() language: Language): Promise<WalkInResponse> {
    const location = await this.locations.findByRef(body.location);
    const session = await this.triage.triage(body.errand, body.answers ?? {}, {
      language,
      source: 'reception',
    });
    const triage = toTriageResponse(session, language, false);
    if (session.outcome !== 'visit') return { triage, visit: null, nextAvailable: null };

    const booked = await this.bookings.bookWalkIn(session, location, { name: body.name }, language);
    if (booked) {
      // The first free time may be hours away: the citizen is here, so the check-in window does not apply.
      const visit = await this.visits.checkIn(booked.reference, location, { anyTime: true });
      return { triage, visit: toVisitResponse(visit, location.timeZone, language), nextAvailable: null };
    }
    return {
      triage,
      visit: null,
      nextAvailable: await this.nextFreeTime(
        session.errand.id,
        session.errand.visitMinutes,
        location.id,
        location.timeZone,
      ),
    };
  }

  private async nextFreeTime(errandId: string, minutes: number, location: string, zone: string) {
    const from = DateTime.fromJSDate(this.clock.now(), { zone }).plus({ days: 1 });
    const range = {
      from: from.toISODate()!,
      to: from.plus({ days: NEXT_TIME_SEARCH_DAYS - 1 }).toISODate()!,
    };
    const days = await this.availability.freeSlots(
      { errandId, minutes, minNoticeMinutes: 0 },
      range,
      location,
    );
    const first = days.flatMap((day) => day.slots)[0];
    return first ? { start: formatInstant(first.slot.start, zone), location: first.location.code } : null;
  }
}

/** The waiting-room screen: public, because it shows queue numbers and stations only. */
@ApiTags('reception')
@Controller('locations')
export class QueueController {
  constructor(
    private readonly visits: VisitsService,
    private readonly locations: LocationsService,
  ) {}

  @Get(':location/queue')
  @ApiOperation({ summary: 'Who is waiting and who is called to which station (no names)' })
  @ApiOkResponse({ type: QueueResponse })
  @ApiNotFoundResponse({ type: ErrorResponse, description: '`LOCATION_NOT_FOUND`' })
  async queue(@Param('location') ref: string): Promise<QueueResponse> {
    const location = await this.locations.findByRef(ref);
    const entries = await this.visits.queue(location);
    return {
      location: location.code,
      queue: entries.map((booking) => ({
        queueNumber: booking.queueNumber!,
        state: booking.status === 'called' ? 'called' : 'waiting',
        station: booking.status === 'called' ? booking.station.name : null,
      })),
    };
  }
}
