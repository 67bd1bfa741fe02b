import { Controller, Get, Param, Query } from '@nestjs/common';
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
import { Audited } from '../../audit/audited.decorator.js';
import { Roles } from '../../auth/roles.decorator.js';
import { ErrorResponse } from '../../common/errors/error-response.js';
import { parseUuid } from '../../common/pipes/parse-uuid.js';
import { AdviserQueries } from '../adviser-queries.service.js';
import {
  AbsenceResponse,
  AbsencesQuery,
  AdviserDetailResponse,
  AdviserSummaryResponse,
} from './advisers-admin.dto.js';
import { toAbsenceResponse, toAdviserDetailResponse } from './advisers-admin.mapper.js';

/**
 * What the administration reads back of its advisers. Absences carry reasons such as illness, so
 * reading them is audited.
 */
@ApiTags('admin')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorResponse, description: '`AUTHENTICATION_REQUIRED`, `INVALID_TOKEN`' })
@ApiForbiddenResponse({ type: ErrorResponse, description: '`ROLE_REQUIRED`' })
@ApiBadRequestResponse({ type: ErrorResponse, description: '`VALIDATION_FAILED`' })
@Roles('admin')
@Controller('admin')
export class AdvisersAdminController {
  constructor(private readonly advisers: AdviserQueries) {}

  @Get('advisers')
  @ApiOperation({ summary: 'Every adviser, in use or not, with their errands and places, by name' })
  @ApiOkResponse({ type: [AdviserSummaryResponse] })
  list(): Promise<AdviserSummaryResponse[]> {
    return this.advisers.list();
  }

  @Get('advisers/:id')
  @Audited('adviser.read')
  @ApiOperation({
    summary:
      'One adviser: errands, places, the weekly working time as PUT …/working-times takes it, coming absences',
  })
  @ApiOkResponse({ type: AdviserDetailResponse })
  @ApiNotFoundResponse({ type: ErrorResponse, description: '`NOT_FOUND`' })
  async get(@Param('id', parseUuid('id')) id: string): Promise<AdviserDetailResponse> {
    return toAdviserDetailResponse(await this.advisers.detail(id));
  }

  @Get('absences')
  @Audited('absences.read')
  @ApiOperation({ summary: 'Absences that overlap the days asked for (default: from today), earliest first' })
  @ApiOkResponse({ type: [AbsenceResponse] })
  async absences(@Query() query: AbsencesQuery): Promise<AbsenceResponse[]> {
    const rows = await this.advisers.absences({ adviserId: query.adviser, from: query.from, to: query.to });
    return rows.map((row) => toAbsenceResponse(row));
  }
}
