import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
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
import { AvailabilityService } from '../availability/availability.service.js';
import { ErrorResponse } from '../common/errors/error-response.js';
import { Lang } from '../common/i18n/language.js';
import type { Language } from '../errands/errand-definition.js';
import {
  BookingSearchQuery,
  BookLaterDto,
  FreeTimesQuery,
  FreeTimesResponse,
  ReceptionBookingResponse,
  StaffCancelDto,
  StaffRescheduleDto,
} from './dto/reception-bookings.dto.js';
import { VisitResponse } from './dto/visit.dto.js';
import { toFreeDays, toReceptionBookingResponse } from './reception-bookings.mapper.js';
import { ReceptionDesk } from './reception-desk.service.js';
import { toVisitResponse } from './visits.mapper.js';

const NOT_FOUND = '`BOOKING_NOT_FOUND`';

/**
 * Reception's read and write API for a citizen's booking (what the reception pages show and do):
 * find, read with the triage answers, cancel or move for the citizen, and book a later time for a
 * walk-in. Only at the locations the account works at (admins: all).
 */
@ApiTags('reception')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorResponse, description: '`AUTHENTICATION_REQUIRED`, `INVALID_TOKEN`' })
@ApiForbiddenResponse({ type: ErrorResponse, description: '`ROLE_REQUIRED`, `LOCATION_NOT_ALLOWED`' })
@Roles('reception', 'admin')
@Controller('reception')
export class ReceptionBookingsController {
  constructor(
    private readonly desk: ReceptionDesk,
    private readonly availability: AvailabilityService,
  ) {}

  @Get(':location/bookings')
  @Audited('bookings.search')
  @ApiOperation({
    summary: 'Find bookings at a location by reference, phone, e-mail or name',
    description:
      'From 30 days back on; today’s and coming ones first (soonest first), then earlier ones. At most 50.',
  })
  @ApiOkResponse({ type: [VisitResponse] })
  @ApiNotFoundResponse({ type: ErrorResponse, description: '`LOCATION_NOT_FOUND`' })
  async search(
    @Param('location') ref: string,
    @Query() query: BookingSearchQuery,
    @Lang() language: Language,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<VisitResponse[]> {
    const location = await this.desk.location(ref, staff);
    const found = await this.desk.search(location, query.q);
    return found.map((booking) => toVisitResponse(booking, location.timeZone, language));
  }

  @Get('bookings/:reference')
  @Audited('booking.read')
  @ApiOperation({ summary: 'A booking with contact, status, reasons and the citizen’s triage answers' })
  @ApiOkResponse({ type: ReceptionBookingResponse })
  @ApiNotFoundResponse({ type: ErrorResponse, description: NOT_FOUND })
  async read(
    @Param('reference') reference: string,
    @Lang() language: Language,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<ReceptionBookingResponse> {
    return toReceptionBookingResponse(await this.desk.booking(reference, staff), language);
  }

  @Get('bookings/:reference/free-times')
  @ApiOperation({ summary: 'Free starts to move the booking to (its errand, at its location)' })
  @ApiOkResponse({ type: FreeTimesResponse })
  @ApiNotFoundResponse({ type: ErrorResponse, description: NOT_FOUND })
  @ApiBadRequestResponse({ type: ErrorResponse, description: '`DATE_RANGE_REVERSED`, `DATE_RANGE_TOO_LONG`' })
  async freeTimes(
    @Param('reference') reference: string,
    @Query() query: FreeTimesQuery,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<FreeTimesResponse> {
    const { booking } = await this.desk.booking(reference, staff);
    const range = this.availability.resolveRange(query.from, query.to);
    return { days: toFreeDays(await this.desk.freeTimes(booking, range)) };
  }

  @Post('bookings/:reference/cancel')
  @HttpCode(200)
  @Audited('booking.cancel')
  @ApiOperation({ summary: 'Cancel for the citizen (before the start), with a reason' })
  @ApiOkResponse({ type: ReceptionBookingResponse })
  @ApiNotFoundResponse({ type: ErrorResponse, description: NOT_FOUND })
  @ApiConflictResponse({
    type: ErrorResponse,
    description: '`BOOKING_CANCELLED`, `BOOKING_IN_PAST`, `VISIT_STATE_CONFLICT`',
  })
  async cancel(
    @Param('reference') reference: string,
    @Body() body: StaffCancelDto,
    @Lang() language: Language,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<ReceptionBookingResponse> {
    await this.desk.cancel(reference, body.reason, staff);
    return toReceptionBookingResponse(await this.desk.booking(reference, staff), language);
  }

  @Post('bookings/:reference/reschedule')
  @HttpCode(200)
  @Audited('booking.reschedule')
  @ApiOperation({ summary: 'Move for the citizen to another free start at the same location, with a reason' })
  @ApiOkResponse({ type: ReceptionBookingResponse })
  @ApiNotFoundResponse({ type: ErrorResponse, description: NOT_FOUND })
  @ApiConflictResponse({
    type: ErrorResponse,
    description: '`BOOKING_CANCELLED`, `BOOKING_IN_PAST`, `SLOT_TAKEN`',
  })
  @ApiUnprocessableEntityResponse({
    type: ErrorResponse,
    description: '`SLOT_NOT_OFFERED`, `BOOKING_IS_CALLBACK` (the hotline moves calls)',
  })
  async reschedule(
    @Param('reference') reference: string,
    @Body() body: StaffRescheduleDto,
    @Lang() language: Language,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<ReceptionBookingResponse> {
    await this.desk.reschedule(reference, body.start, body.reason, staff);
    return toReceptionBookingResponse(await this.desk.booking(reference, staff), language);
  }

  @Post('walk-ins/later')
  @Audited('visit.walk-in-later')
  @ApiOperation({
    summary: 'Book a later time for a walk-in who needs a visit when nothing is free today',
    description: 'Not checked in: the citizen comes back then. A name is required.',
  })
  @ApiCreatedResponse({ type: VisitResponse })
  @ApiNotFoundResponse({ type: ErrorResponse, description: '`TRIAGE_NOT_FOUND`, `LOCATION_NOT_FOUND`' })
  @ApiConflictResponse({ type: ErrorResponse, description: '`SLOT_TAKEN`, `TRIAGE_ALREADY_BOOKED`' })
  @ApiUnprocessableEntityResponse({
    type: ErrorResponse,
    description: '`SLOT_NOT_OFFERED`, `TRIAGE_NOT_VISIT`, `TRIAGE_EXPIRED`',
  })
  async bookLater(
    @Body() body: BookLaterDto,
    @Lang() language: Language,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<VisitResponse> {
    const location = await this.desk.location(body.location, staff);
    const visit = await this.desk.bookLater(location, body.triage, body.start, body.name, language);
    return toVisitResponse(visit, location.timeZone, language);
  }
}
