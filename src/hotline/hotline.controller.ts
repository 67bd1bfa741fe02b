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
import { ErrorResponse } from '../common/errors/error-response.js';
import { Lang } from '../common/i18n/language.js';
import type { Language } from '../errands/errand-definition.js';
import { CallbackChanges } from './callback-changes.service.js';
import {
  CallbackResponse,
  CallOutcomeDto,
  CancelCallbackDto,
  HotlineDayQuery,
  MoveCallbackDto,
} from './dto/hotline.dto.js';
import { toCallbackResponse } from './hotline.mapper.js';
import { HotlineService } from './hotline.service.js';

/**
 * The hotline's callbacks: a hotline place's day, and each call's start and end. Any hotline staff
 * (or admin) who works at the place may work any of its callbacks.
 */
@ApiTags('hotline')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorResponse, description: '`AUTHENTICATION_REQUIRED`, `INVALID_TOKEN`' })
@ApiForbiddenResponse({
  type: ErrorResponse,
  description: '`ROLE_REQUIRED`, `LOCATION_NOT_ALLOWED`, `NO_HOTLINE_PLACE`',
})
@Roles('hotline', 'admin')
@Controller('hotline')
export class HotlineController {
  constructor(
    private readonly hotline: HotlineService,
    private readonly changes: CallbackChanges,
  ) {}

  @Get(':location/callbacks')
  @Audited('callbacks.read')
  @ApiOperation({ summary: 'A hotline place’s callbacks on a day (default today), in time order' })
  @ApiOkResponse({ type: [CallbackResponse] })
  async day(
    @Param('location') ref: string,
    @Query() query: HotlineDayQuery,
    @CurrentStaff() staff: StaffPrincipal,
    @Lang() language: Language,
  ): Promise<CallbackResponse[]> {
    const place = await this.hotline.place(staff, ref);
    const callbacks = await this.hotline.day(place, query.date);
    return callbacks.map((callback) => toCallbackResponse(callback, place.timeZone, language));
  }

  @Post('callbacks/:reference/start')
  @Audited('callback.start')
  @HttpCode(200)
  @ApiOperation({ summary: 'Start the call (booked → in_progress)' })
  @ApiOkResponse({ type: CallbackResponse })
  @ApiNotFoundResponse({ type: ErrorResponse, description: '`CALLBACK_NOT_FOUND`' })
  @ApiConflictResponse({
    type: ErrorResponse,
    description: '`CALLBACK_STATE_CONFLICT`, `CALLBACK_TOO_EARLY` (the day before), `CALLBACK_DAY_PASSED`',
  })
  async start(
    @Param('reference') reference: string,
    @CurrentStaff() staff: StaffPrincipal,
    @Lang() language: Language,
  ): Promise<CallbackResponse> {
    const callback = await this.hotline.startCall(reference, staff);
    return toCallbackResponse(callback, callback.location.timeZone, language);
  }

  @Post('callbacks/:reference/outcome')
  @Audited('callback.outcome')
  @HttpCode(200)
  @ApiOperation({
    summary: 'How the call ended',
    description:
      '`solved_on_phone`, `sent_to_self_service` (with `guidanceOption`) or `needs_visit` complete an ' +
      'answered call; `needs_visit` also makes a triage with source `phone` to book the visit with. ' +
      '`no_answer`: the first time the callback goes back to `booked` for a second try, the second ' +
      'time it is completed with outcome `no_answer`.',
  })
  @ApiOkResponse({ type: CallbackResponse })
  @ApiNotFoundResponse({ type: ErrorResponse, description: '`CALLBACK_NOT_FOUND`' })
  @ApiConflictResponse({
    type: ErrorResponse,
    description: '`CALLBACK_STATE_CONFLICT`, `CALLBACK_TOO_EARLY` (`no_answer` before the booked time)',
  })
  @ApiUnprocessableEntityResponse({ type: ErrorResponse, description: '`GUIDANCE_OPTION_INVALID`' })
  async outcome(
    @Param('reference') reference: string,
    @Body() body: CallOutcomeDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Lang() language: Language,
  ): Promise<CallbackResponse> {
    const callback = await this.hotline.endCall(reference, staff, body);
    return toCallbackResponse(callback, callback.location.timeZone, language);
  }

  @Post('callbacks/:reference/no-answer')
  @Audited('callback.no-answer')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Nobody answered: a second try the first time, the end the second time',
    description:
      'From the booked time on; the second (last) try at least 10 minutes after the first. The second ' +
      'sends the citizen "we could not reach you" (e-mail, SMS when they opted in) with how to book again.',
  })
  @ApiOkResponse({ type: CallbackResponse })
  @ApiNotFoundResponse({ type: ErrorResponse, description: '`CALLBACK_NOT_FOUND`' })
  @ApiConflictResponse({
    type: ErrorResponse,
    description: '`CALLBACK_STATE_CONFLICT`, `CALLBACK_TOO_EARLY` (`details.possibleFrom` says when)',
  })
  async noAnswer(
    @Param('reference') reference: string,
    @CurrentStaff() staff: StaffPrincipal,
    @Lang() language: Language,
  ): Promise<CallbackResponse> {
    const callback = await this.hotline.endCall(reference, staff, { outcome: 'no_answer' });
    return toCallbackResponse(callback, callback.location.timeZone, language);
  }

  @Post('callbacks/:reference/cancel')
  @Audited('callback.cancel')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Cancel the call for the citizen (they phoned to cancel)',
    description:
      'Before the booked time, while not started. Recorded as cancelled by the citizen; the reason is ' +
      'a note for staff. The citizen gets the usual "cancelled" message.',
  })
  @ApiOkResponse({ type: CallbackResponse })
  @ApiNotFoundResponse({ type: ErrorResponse, description: '`CALLBACK_NOT_FOUND`' })
  @ApiConflictResponse({
    type: ErrorResponse,
    description: '`BOOKING_CANCELLED`, `BOOKING_IN_PAST`, `CALLBACK_STATE_CONFLICT`',
  })
  async cancel(
    @Param('reference') reference: string,
    @Body() body: CancelCallbackDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Lang() language: Language,
  ): Promise<CallbackResponse> {
    const callback = await this.changes.cancel(reference, staff, body.reason);
    return toCallbackResponse(callback, callback.location.timeZone, language);
  }

  @Post('callbacks/:reference/move')
  @Audited('callback.move')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Move the call to another free call time at its hotline place',
    description:
      'Before the booked time, while not started; `start` from GET /availability for the callback ' +
      '(`location` the hotline place). The citizen gets the usual "changed" message.',
  })
  @ApiOkResponse({ type: CallbackResponse })
  @ApiNotFoundResponse({ type: ErrorResponse, description: '`CALLBACK_NOT_FOUND`' })
  @ApiConflictResponse({
    type: ErrorResponse,
    description: '`BOOKING_CANCELLED`, `BOOKING_IN_PAST`, `SLOT_TAKEN`',
  })
  @ApiUnprocessableEntityResponse({ type: ErrorResponse, description: '`SLOT_NOT_OFFERED`' })
  async move(
    @Param('reference') reference: string,
    @Body() body: MoveCallbackDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Lang() language: Language,
  ): Promise<CallbackResponse> {
    const callback = await this.changes.move(reference, staff, body.start, body.reason);
    return toCallbackResponse(callback, callback.location.timeZone, language);
  }
}
