import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
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
import { parseUuid } from '../common/pipes/parse-uuid.js';
import { toAbsenceResponse } from '../staffing/admin/advisers-admin.mapper.js';
import { type AbsenceVisits, AbsenceVisitsService } from './absence-visits.service.js';
import { AbsenceVisitsResponse, CancelVisitsDto } from './dto/absence-visits.dto.js';

function toResponse(result: AbsenceVisits): AbsenceVisitsResponse {
  return { ...result, absence: toAbsenceResponse(result.absence) };
}

/**
 * An absence and the visits it hits: those handed to colleagues, those still with the absent
 * adviser; move them again, or cancel them with a reason the citizen is told.
 */
@ApiTags('admin')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorResponse, description: '`AUTHENTICATION_REQUIRED`, `INVALID_TOKEN`' })
@ApiForbiddenResponse({ type: ErrorResponse, description: '`ROLE_REQUIRED`' })
@ApiNotFoundResponse({ type: ErrorResponse, description: '`NOT_FOUND` (absence)' })
@ApiBadRequestResponse({ type: ErrorResponse, description: '`VALIDATION_FAILED`' })
@Roles('admin')
@Controller('admin/absences')
export class AbsencesController {
  constructor(private readonly absences: AbsenceVisitsService) {}

  @Get(':id')
  @Audited('absence.read')
  @ApiOperation({ summary: 'An absence with the visits it moved and those still with the adviser' })
  @ApiOkResponse({ type: AbsenceVisitsResponse })
  async get(@Param('id', parseUuid('id')) id: string): Promise<AbsenceVisitsResponse> {
    return toResponse(await this.absences.overview(id));
  }

  @Post(':id/move-visits')
  @HttpCode(200)
  @Audited('absence.move-visits')
  @ApiOperation({
    summary: 'Hand the visits still with the absent adviser to free colleagues at the same time',
  })
  @ApiOkResponse({ type: AbsenceVisitsResponse })
  async moveVisits(
    @Param('id', parseUuid('id')) id: string,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<AbsenceVisitsResponse> {
    return toResponse(await this.absences.moveAgain(id, staff.id));
  }

  @Post(':id/cancel-visits')
  @HttpCode(200)
  @Audited('absence.cancel-visits')
  @ApiOperation({
    summary:
      'Cancel the visits still with the absent adviser (not begun), with the reason the citizen is told',
  })
  @ApiOkResponse({ type: AbsenceVisitsResponse })
  async cancelVisits(
    @Param('id', parseUuid('id')) id: string,
    @Body() body: CancelVisitsDto,
  ): Promise<AbsenceVisitsResponse> {
    return toResponse(await this.absences.cancelLeft(id, body.reason));
  }
}
