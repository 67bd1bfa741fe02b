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
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Roles } from '../../auth/roles.decorator.js';
import { RequestValidationError } from '../../common/errors/domain-error.js';
import { ErrorResponse } from '../../common/errors/error-response.js';
import { Lang } from '../../common/i18n/language.js';
import type { Language } from '../../common/i18n/localized.js';
import { ErrandVersionsService } from '../versions/errand-versions.service.js';
import {
  ErrandListItemResponse,
  ErrandStateResponse,
  ErrandVersionDetailResponse,
  ErrandVersionResponse,
  PreviewTriageDto,
  TriagePreviewResponse,
} from './errand-admin.dto.js';
import {
  toListItem,
  toOptionResponse,
  toStateResponse,
  toVersionDetail,
  toVersionResponse,
} from './errand-admin.mapper.js';

function versionNumber(raw: string): number {
  if (!/^[1-9]\d{0,8}$/.test(raw))
    throw new RequestValidationError([
      { field: 'version', problems: ['version must be a whole number from 1'] },
    ]);
  return Number(raw);
}

/**
 * The errand catalog as administrators keep it: each errand's current definition in the data-file
 * format, its versions and what each changed, and a trial triage. Changes go through
 * `PUT /admin/errands/{code}` (or `POST /admin/catalog`), which make the versions.
 */
@ApiTags('admin')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorResponse, description: '`AUTHENTICATION_REQUIRED`, `INVALID_TOKEN`' })
@ApiForbiddenResponse({ type: ErrorResponse, description: '`ROLE_REQUIRED`' })
@Roles('admin')
@Controller('admin/errands')
export class ErrandAdminController {
  constructor(private readonly versions: ErrandVersionsService) {}

  @Get()
  @ApiOperation({ summary: 'Every errand, in use or not, with its current version' })
  @ApiOkResponse({ type: [ErrandListItemResponse] })
  async list(@Lang() language: Language): Promise<ErrandListItemResponse[]> {
    return (await this.versions.list()).map((errand) => toListItem(errand, language));
  }

  @Get(':code')
  @ApiOperation({ summary: 'An errand’s current definition (the data-file format) and version' })
  @ApiOkResponse({ type: ErrandStateResponse })
  @ApiNotFoundResponse({ type: ErrorResponse, description: '`ERRAND_NOT_FOUND`' })
  async get(@Param('code') code: string): Promise<ErrandStateResponse> {
    return toStateResponse(await this.versions.current(code));
  }

  @Get(':code/versions')
  @ApiOperation({ summary: 'An errand’s versions, newest first: when, who, and what each changed' })
  @ApiOkResponse({ type: [ErrandVersionResponse] })
  @ApiNotFoundResponse({ type: ErrorResponse, description: '`ERRAND_NOT_FOUND`' })
  async history(@Param('code') code: string, @Lang() language: Language): Promise<ErrandVersionResponse[]> {
    const { versions } = await this.versions.history(code);
    return versions.map((entry) => toVersionResponse(entry, language));
  }

  @Get(':code/versions/:version')
  @ApiOperation({ summary: 'One version’s definition and what it changed against the one before' })
  @ApiOkResponse({ type: ErrandVersionDetailResponse })
  @ApiBadRequestResponse({ type: ErrorResponse, description: '`VALIDATION_FAILED`' })
  @ApiNotFoundResponse({ type: ErrorResponse, description: '`ERRAND_NOT_FOUND`, `ERRAND_VERSION_NOT_FOUND`' })
  async version(
    @Param('code') code: string,
    @Param('version') version: string,
    @Lang() language: Language,
  ): Promise<ErrandVersionDetailResponse> {
    const { entry } = await this.versions.version(code, versionNumber(version));
    return toVersionDetail(entry, language);
  }

  @Post(':code/preview')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'What triage would decide for these answers, by the stored or a posted definition (nothing stored)',
  })
  @ApiOkResponse({ type: TriagePreviewResponse })
  @ApiBadRequestResponse({ type: ErrorResponse, description: '`VALIDATION_FAILED`, `INVALID_ANSWERS`' })
  @ApiNotFoundResponse({ type: ErrorResponse, description: '`ERRAND_NOT_FOUND`' })
  @ApiUnprocessableEntityResponse({ type: ErrorResponse, description: '`INVALID_ERRAND_DEFINITION`' })
  async preview(
    @Param('code') code: string,
    @Body() body: PreviewTriageDto,
    @Lang() language: Language,
  ): Promise<TriagePreviewResponse> {
    const definition = body.definition && { ...body.definition, code: code.toUpperCase() };
    const result = await this.versions.preview(code, body.answers, definition);
    return {
      outcome: result.outcome,
      rule: result.rule,
      reason: result.reason[language],
      selfService: result.options.map((option) => toOptionResponse(option, language)),
      version: result.version,
    };
  }
}
