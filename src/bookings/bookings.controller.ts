import { Body, Controller, Get, Header, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ErrorResponse } from '../common/errors/error-response.js';
import { Lang } from '../common/i18n/language.js';
import type { Language } from '../errands/errand-definition.js';
import { bookingCalendar } from './booking-calendar.js';
import { BookingChallenges } from './booking-challenges.service.js';
import { IdempotencyKeyRequiredError } from './bookings.errors.js';
import { toBookingResponse } from './bookings.mapper.js';
import { BookingsService } from './bookings.service.js';
import { BookingChallengeResponse } from './dto/booking-challenge.dto.js';
import {
  BookingResponse,
  CancelBookingDto,
  CreateBookingDto,
  ManageQuery,
  RescheduleBookingDto,
} from './dto/booking.dto.js';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;
const CALENDAR_DOMAIN = 'borgerservice.local';

@ApiTags('bookings')
@ApiHeader({ name: 'Accept-Language', required: false, description: '`da` (default) or `en`' })
@Controller('bookings')
export class BookingsController {
  constructor(
    private readonly bookings: BookingsService,
    private readonly challenges: BookingChallenges,
  ) {}

  @Get('challenge')
  @Header('cache-control', 'no-store')
  @ApiOperation({
    summary: 'A proof-of-work challenge to solve before POST /bookings (ALTCHA)',
    description:
      'Self-hosted [ALTCHA](https://altcha.org) v2: find the counter whose SHA-256 key starts with ' +
      '`keyPrefix` (the ALTCHA widget or `solveChallenge` of altcha-lib does this), then send ' +
      '`base64(JSON {challenge: <this answer>, solution: {counter, derivedKey}})` in the `Altcha` header ' +
      'of POST /bookings. A challenge books once and expires at `parameters.expiresAt` (Unix seconds).',
  })
  @ApiOkResponse({ type: BookingChallengeResponse })
  @ApiTooManyRequestsResponse({ type: ErrorResponse, description: '`TOO_MANY_REQUESTS` (see Retry-After)' })
  challenge(): Promise<BookingChallengeResponse> {
    return this.challenges.issue() as Promise<BookingChallengeResponse>;
  }

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Book a visit for a triage that says `visit`',
    description:
      'The start must be one GET /availability offers; the server chooses station and adviser. Send an ' +
      '`Idempotency-Key`: the same key with the same body replays the first answer, with another body → 422. ' +
      'Keep `manageToken`: it is needed to view, move or cancel the booking and is never shown again.',
  })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: true,
    description: '1-200 visible ASCII characters, e.g. a UUID',
  })
  @ApiHeader({
    name: 'Altcha',
    required: false,
    description:
      'The solved challenge from GET /bookings/challenge: `base64(JSON {challenge, solution})`, as the ' +
      'ALTCHA widget gives it. Required unless the API runs with ALTCHA_ENABLED=false; each challenge books once.',
  })
  @ApiCreatedResponse({ type: BookingResponse })
  @ApiBadRequestResponse({
    type: ErrorResponse,
    description: '`VALIDATION_FAILED`, `IDEMPOTENCY_KEY_REQUIRED`, `CHALLENGE_REQUIRED`',
  })
  @ApiNotFoundResponse({ type: ErrorResponse, description: '`TRIAGE_NOT_FOUND`, `LOCATION_NOT_FOUND`' })
  @ApiConflictResponse({
    type: ErrorResponse,
    description: '`SLOT_TAKEN`, `TRIAGE_ALREADY_BOOKED`, `TOO_MANY_BOOKINGS`, `CHALLENGE_USED`',
  })
  @ApiUnprocessableEntityResponse({
    type: ErrorResponse,
    description:
      '`SLOT_NOT_OFFERED`, `TRIAGE_NOT_VISIT`, `TRIAGE_EXPIRED`, `IDEMPOTENCY_KEY_REUSED`, `CHALLENGE_INVALID`',
  })
  @ApiTooManyRequestsResponse({
    type: ErrorResponse,
    description: '`TOO_MANY_REQUESTS`: booking attempts per client address (see Retry-After)',
  })
  async create(
    @Body() body: CreateBookingDto,
    @Headers('idempotency-key') key: string | undefined,
    @Headers('altcha') challengeSolution: string | undefined,
    @Lang() language: Language,
  ): Promise<BookingResponse> {
    if (!key || !IDEMPOTENCY_KEY.test(key)) throw new IdempotencyKeyRequiredError();
    return this.bookings.create(body, key, language, challengeSolution);
  }

  @Get(':reference')
  @ApiOperation({ summary: 'A booking (needs its manage token)' })
  @ApiOkResponse({ type: BookingResponse })
  @ApiNotFoundResponse({ type: ErrorResponse, description: '`BOOKING_NOT_FOUND` (also for a wrong token)' })
  async get(@Param('reference') reference: string, @Query() query: ManageQuery): Promise<BookingResponse> {
    return toBookingResponse(await this.bookings.findManaged(reference, query.token));
  }

  @Post(':reference/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel a booking' })
  @ApiOkResponse({ type: BookingResponse })
  @ApiNotFoundResponse({ type: ErrorResponse, description: '`BOOKING_NOT_FOUND`' })
  @ApiConflictResponse({ type: ErrorResponse, description: '`BOOKING_CANCELLED`, `BOOKING_IN_PAST`' })
  async cancel(
    @Param('reference') reference: string,
    @Query() query: ManageQuery,
    @Body() body: CancelBookingDto,
  ): Promise<BookingResponse> {
    return toBookingResponse(await this.bookings.cancel(reference, query.token, body.reason));
  }

  @Post(':reference/reschedule')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Move a booking to another offered time',
    description: 'Atomic: if the new time is gone, the booking keeps its old time.',
  })
  @ApiOkResponse({ type: BookingResponse })
  @ApiNotFoundResponse({ type: ErrorResponse, description: '`BOOKING_NOT_FOUND`, `LOCATION_NOT_FOUND`' })
  @ApiConflictResponse({
    type: ErrorResponse,
    description: '`SLOT_TAKEN`, `BOOKING_CANCELLED`, `BOOKING_IN_PAST`',
  })
  @ApiUnprocessableEntityResponse({ type: ErrorResponse, description: '`SLOT_NOT_OFFERED`' })
  async reschedule(
    @Param('reference') reference: string,
    @Query() query: ManageQuery,
    @Body() body: RescheduleBookingDto,
  ): Promise<BookingResponse> {
    return toBookingResponse(await this.bookings.reschedule(reference, query.token, body));
  }

  @Get(':reference/calendar.ics')
  @ApiOperation({ summary: 'The booking as an iCalendar file for the citizen’s own calendar' })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'RFC 5545 calendar with one event and a reminder' })
  @ApiNotFoundResponse({ type: ErrorResponse, description: '`BOOKING_NOT_FOUND`' })
  async calendar(
    @Param('reference') reference: string,
    @Query() query: ManageQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const booking = await this.bookings.findManaged(reference, query.token);
    void reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('content-disposition', `attachment; filename="borgerservice-${booking.reference}.ics"`);
    return bookingCalendar(booking, CALENDAR_DOMAIN);
  }
}
