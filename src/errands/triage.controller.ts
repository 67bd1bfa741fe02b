import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ErrorResponse } from '../common/errors/error-response.js';
import { Lang } from '../common/i18n/language.js';
import { parseUuid } from '../common/pipes/parse-uuid.js';
import type { Language } from './errand-definition.js';
import { CreateTriageDto, TriageResponse } from './dto/triage.dto.js';
import { toTriageResponse } from './triage.mapper.js';
import { TriageService } from './triage.service.js';

@ApiTags('triage')
@ApiHeader({ name: 'Accept-Language', required: false, description: '`da` (default) or `en`' })
@Controller('triage')
export class TriageController {
  constructor(private readonly triage: TriageService) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Triage an errand: do it yourself, book a visit, or be called up by the hotline',
    description:
      'Evaluates the answers with the errand’s rules and stores the result (no personal data). ' +
      'A `visit` triage is the ticket for booking until it expires. When `callback` is set (outcome ' +
      '`callback`, or a visit with a call offered next to it), the triage also books a callback from the ' +
      'hotline: POST /bookings at the hotline place, with the citizen’s phone.',
  })
  @ApiCreatedResponse({ type: TriageResponse })
  @ApiBadRequestResponse({ type: ErrorResponse, description: '`VALIDATION_FAILED`, `INVALID_ANSWERS`' })
  @ApiNotFoundResponse({ type: ErrorResponse, description: '`ERRAND_NOT_FOUND`' })
  async create(@Body() body: CreateTriageDto, @Lang() language: Language): Promise<TriageResponse> {
    const session = await this.triage.triage(body.errand, body.answers ?? {}, { language, source: 'online' });
    return toTriageResponse(session, language, false);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A stored triage' })
  @ApiOkResponse({ type: TriageResponse })
  @ApiBadRequestResponse({ type: ErrorResponse, description: '`VALIDATION_FAILED` (id is not a UUID)' })
  @ApiNotFoundResponse({ type: ErrorResponse, description: '`TRIAGE_NOT_FOUND`' })
  async get(@Param('id', parseUuid('id')) id: string, @Lang() language: Language): Promise<TriageResponse> {
    const session = await this.triage.findById(id);
    return toTriageResponse(session, language, this.triage.isExpired(session));
  }

  @Post(':id/self-service-tried')
  @HttpCode(200)
  @ApiOperation({
    summary: 'The citizen could not do it themselves: let a self-service triage book a visit',
    description:
      'Records that the citizen tried self-service first (`selfServiceTriedAt`, kept for the ' +
      'statistics; no personal data). From then on the triage is a ticket for GET /availability ' +
      'and POST /bookings until it expires. Repeating it keeps the first time.',
  })
  @ApiOkResponse({ type: TriageResponse })
  @ApiBadRequestResponse({ type: ErrorResponse, description: '`VALIDATION_FAILED` (id is not a UUID)' })
  @ApiNotFoundResponse({ type: ErrorResponse, description: '`TRIAGE_NOT_FOUND`' })
  @ApiUnprocessableEntityResponse({
    type: ErrorResponse,
    description: '`TRIAGE_NOT_SELF_SERVICE` (the triage said visit, not yet or elsewhere), `TRIAGE_EXPIRED`',
  })
  async selfServiceTried(
    @Param('id', parseUuid('id')) id: string,
    @Lang() language: Language,
  ): Promise<TriageResponse> {
    const session = await this.triage.markSelfServiceTried(id);
    return toTriageResponse(session, language, false);
  }
}
