import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Audited } from '../audit/audited.decorator.js';
import { CurrentStaff, Roles, type StaffPrincipal } from '../auth/roles.decorator.js';
import { ErrorResponse } from '../common/errors/error-response.js';
import { Lang } from '../common/i18n/language.js';
import type { Language } from '../errands/errand-definition.js';
import { CompleteVisitDto, VisitResponse } from './dto/visit.dto.js';
import { NotAnAdviserError } from '../staffing/staffing.errors.js';
import { toVisitResponse } from './visits.mapper.js';
import { type AdviserAction, VisitsService } from './visits.service.js';

/** The adviser moves a visit on: call, start, complete with its outcome, or no-show. */
@ApiTags('visits')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorResponse, description: '`AUTHENTICATION_REQUIRED`, `INVALID_TOKEN`' })
@ApiForbiddenResponse({
  type: ErrorResponse,
  description: '`ROLE_REQUIRED`, `NOT_YOUR_VISIT`, `NOT_AN_ADVISER`',
})
@ApiNotFoundResponse({ type: ErrorResponse, description: '`BOOKING_NOT_FOUND`' })
@ApiConflictResponse({
  type: ErrorResponse,
  description:
    '`VISIT_STATE_CONFLICT` (details.status is the current one), `VISIT_NOT_STARTED`, `NO_SHOW_FINAL`',
})
@Roles('adviser')
@Controller('visits')
export class VisitsController {
  constructor(private readonly visits: VisitsService) {}

  @Post(':reference/call')
  @Audited('visit.call')
  @HttpCode(200)
  @ApiOperation({ summary: 'Call a checked-in citizen to the station (again, if they did not hear it)' })
  @ApiOkResponse({ type: VisitResponse })
  call(
    @Param('reference') reference: string,
    @CurrentStaff() staff: StaffPrincipal,
    @Lang() language: Language,
  ) {
    return this.act(reference, 'call', staff, language);
  }

  @Post(':reference/start')
  @Audited('visit.start')
  @HttpCode(200)
  @ApiOperation({ summary: 'Start the visit' })
  @ApiOkResponse({ type: VisitResponse })
  start(
    @Param('reference') reference: string,
    @CurrentStaff() staff: StaffPrincipal,
    @Lang() language: Language,
  ) {
    return this.act(reference, 'start', staff, language);
  }

  @Post(':reference/complete')
  @Audited('visit.complete')
  @HttpCode(200)
  @ApiOperation({ summary: 'Complete the visit with its outcome' })
  @ApiOkResponse({ type: VisitResponse })
  complete(
    @Param('reference') reference: string,
    @Body() body: CompleteVisitDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Lang() language: Language,
  ) {
    return this.act(reference, 'complete', staff, language, body);
  }

  @Post(':reference/no-show')
  @Audited('visit.no-show')
  @HttpCode(200)
  @ApiOperation({ summary: 'The citizen did not come (only once the visit’s time has begun)' })
  @ApiOkResponse({ type: VisitResponse })
  noShow(
    @Param('reference') reference: string,
    @CurrentStaff() staff: StaffPrincipal,
    @Lang() language: Language,
  ) {
    return this.act(reference, 'no_show', staff, language);
  }

  @Post(':reference/undo-no-show')
  @Audited('visit.undo-no-show')
  @HttpCode(200)
  @Roles('adviser', 'reception')
  @ApiOperation({
    summary: 'The citizen came after all: back into the queue (the day of the visit only)',
    description:
      'Reception for any visit at its desk, an adviser for their own. Keeps an earlier queue number.',
  })
  @ApiOkResponse({ type: VisitResponse })
  async undoNoShow(
    @Param('reference') reference: string,
    @CurrentStaff() staff: StaffPrincipal,
    @Lang() language: Language,
  ): Promise<VisitResponse> {
    const visit = await this.visits.undoNoShow(reference, staff);
    return toVisitResponse(visit, visit.location.timeZone, language);
  }

  private async act(
    reference: string,
    action: AdviserAction,
    staff: StaffPrincipal,
    language: Language,
    completion?: CompleteVisitDto,
  ): Promise<VisitResponse> {
    if (!staff.adviserId) throw new NotAnAdviserError();
    const visit = await this.visits.act(reference, action, staff, completion);
    return toVisitResponse(visit, visit.location.timeZone, language);
  }
}
