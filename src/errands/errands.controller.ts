import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiBadRequestResponse,
} from '@nestjs/swagger';
import { ErrorResponse } from '../common/errors/error-response.js';
import { Lang } from '../common/i18n/language.js';
import type { Language } from './errand-definition.js';
import { ErrandResponse, ErrandSummaryResponse } from './dto/errand.responses.js';
import { ListErrandsQuery } from './dto/list-errands.query.js';
import { toErrandResponse, toErrandSummary } from './errands.mapper.js';
import { ErrandsService } from './errands.service.js';

@ApiTags('errands')
@ApiHeader({ name: 'Accept-Language', required: false, description: '`da` (default) or `en`' })
@Controller('errands')
export class ErrandsController {
  constructor(private readonly errands: ErrandsService) {}

  @Get()
  @ApiOperation({
    summary: 'List the errand catalog, or search it in the citizen’s own words',
    description: 'Without `q`: every errand by code. With `q`: the best matches first, each with a score.',
  })
  @ApiOkResponse({ type: [ErrandSummaryResponse] })
  @ApiBadRequestResponse({ type: ErrorResponse, description: '`VALIDATION_FAILED`' })
  async list(@Query() query: ListErrandsQuery, @Lang() language: Language): Promise<ErrandSummaryResponse[]> {
    if (query.q === undefined) {
      return (await this.errands.findAll()).map((errand) => toErrandSummary(errand, language));
    }
    const ranked = await this.errands.search(query.q);
    return ranked.map(({ errand, score }) => ({ ...toErrandSummary(errand, language), score }));
  }

  @Get(':code')
  @ApiOperation({ summary: 'One errand with its self-service options and triage questions' })
  @ApiOkResponse({ type: ErrandResponse })
  @ApiNotFoundResponse({ type: ErrorResponse, description: '`ERRAND_NOT_FOUND`' })
  async get(@Param('code') code: string, @Lang() language: Language): Promise<ErrandResponse> {
    return toErrandResponse(await this.errands.findByCode(code), language);
  }
}
