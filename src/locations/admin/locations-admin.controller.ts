import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Roles } from '../../auth/roles.decorator.js';
import { ErrorResponse } from '../../common/errors/error-response.js';
import { Lang } from '../../common/i18n/language.js';
import type { Language } from '../../common/i18n/localized.js';
import { LocationQueries } from '../location-queries.service.js';
import {
  ClosureResponse,
  ClosuresQuery,
  LocationDetailResponse,
  LocationSummaryResponse,
  StationsResponse,
} from './locations-admin.dto.js';
import {
  toClosureResponse,
  toLocationDetail,
  toLocationSummary,
  toStationResponse,
} from './locations-admin.mapper.js';

/**
 * The admin API's reads of places: what POST/PATCH/PUT under /admin write, read back in the same
 * shapes (opening hours exactly as PUT …/opening-hours takes them). No personal data: not audited.
 */
@ApiTags('admin')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorResponse, description: '`AUTHENTICATION_REQUIRED`, `INVALID_TOKEN`' })
@ApiForbiddenResponse({ type: ErrorResponse, description: '`ROLE_REQUIRED`' })
@Roles('admin')
@Controller('admin')
export class LocationsAdminController {
  constructor(private readonly queries: LocationQueries) {}

  @Get('locations')
  @ApiOperation({ summary: 'Every location, in use or not, with counts of stations and coming closures' })
  @ApiOkResponse({ type: [LocationSummaryResponse] })
  async list(): Promise<LocationSummaryResponse[]> {
    return (await this.queries.list()).map(toLocationSummary);
  }

  @Get('locations/:location')
  @ApiOperation({
    summary: 'A location with directions, stations and their errands, and its weekly opening hours',
    description:
      '`openingHours` is the body PUT /admin/locations/{location}/opening-hours takes: read, edit, write back.',
  })
  @ApiOkResponse({ type: LocationDetailResponse })
  @ApiNotFoundResponse({ type: ErrorResponse, description: '`LOCATION_NOT_FOUND`' })
  async detail(@Param('location') ref: string, @Lang() language: Language): Promise<LocationDetailResponse> {
    return toLocationDetail(await this.queries.detail(ref), language);
  }

  @Get('locations/:location/stations')
  @ApiOperation({ summary: 'A location’s stations with the errands each can handle' })
  @ApiOkResponse({ type: StationsResponse })
  @ApiNotFoundResponse({ type: ErrorResponse, description: '`LOCATION_NOT_FOUND`' })
  async stations(@Param('location') ref: string, @Lang() language: Language): Promise<StationsResponse> {
    const { location, stations } = await this.queries.stations(ref);
    return {
      location: location.code,
      stations: stations.map((station) => toStationResponse(station, language)),
    };
  }

  @Get('closures')
  @ApiOperation({
    summary: 'Closures by location and dates, earliest first',
    description:
      'Without `from`, the closures that end today or later. With `location`, its own closures and those of every location.',
  })
  @ApiOkResponse({ type: [ClosureResponse] })
  @ApiNotFoundResponse({ type: ErrorResponse, description: '`LOCATION_NOT_FOUND`' })
  async closures(@Query() query: ClosuresQuery): Promise<ClosureResponse[]> {
    return (await this.queries.closuresWhere(query)).map(toClosureResponse);
  }
}
