import { Controller, Get, Header, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ErrorResponse } from '../../common/errors/error-response.js';
import { Lang } from '../../common/i18n/language.js';
import type { Language } from '../../common/i18n/localized.js';
import { ErrandsService } from '../../errands/errands.service.js';
import { toPlaceResponse } from './places.mapper.js';
import { PlacesQuery, PlacesResponse } from './places.dto.js';
import { PlacesService } from './places.service.js';

@ApiTags('locations')
@ApiHeader({ name: 'Accept-Language', required: false, description: '`da` (default) or `en`' })
@Controller('locations')
export class PlacesController {
  constructor(
    private readonly places: PlacesService,
    private readonly errands: ErrandsService,
  ) {}

  @Get()
  // Public and the same for everyone who asks in one language: caches must key on the language.
  @Header('vary', 'Accept-Language')
  @ApiOperation({
    summary: 'The places to meet an adviser: address, how to get there, opening hours, next free time',
    description:
      'Every place in use with its opening hours today and the next six days (holidays and closures ' +
      'included). With `errand`: only the places that can serve it, each with the first free time for it ' +
      'in the next 14 days (within the booking horizon), or null.',
  })
  @ApiOkResponse({ type: PlacesResponse })
  @ApiBadRequestResponse({ type: ErrorResponse, description: '`VALIDATION_FAILED`' })
  @ApiNotFoundResponse({ type: ErrorResponse, description: '`ERRAND_NOT_FOUND`' })
  async list(@Query() query: PlacesQuery, @Lang() language: Language): Promise<PlacesResponse> {
    if (!query.errand) {
      const places = await this.places.all();
      return { locations: places.map((place) => toPlaceResponse(place, language, false)) };
    }
    const errand = await this.errands.findByCode(query.errand);
    const places = await this.places.forErrand(errand);
    return {
      errand: { code: errand.code, name: errand.name[language], minutes: errand.visitMinutes },
      searchedDays: this.places.searchedDays,
      locations: places.map((place) => toPlaceResponse(place, language, true)),
    };
  }
}
