import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Roles } from '../auth/roles.decorator.js';
import { feedLink, FeedLinkResponse } from '../common/dto/feed-link.dto.js';
import { ErrorResponse } from '../common/errors/error-response.js';
import { LocationsService } from './locations.service.js';

@ApiTags('locations')
@Controller('locations')
export class LocationsController {
  constructor(private readonly locations: LocationsService) {}

  @Post(':location/calendar-token')
  @HttpCode(200)
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'A new secret feed URL for a location (for reception and management)' })
  @ApiOkResponse({ type: FeedLinkResponse })
  @ApiUnauthorizedResponse({ type: ErrorResponse, description: '`AUTHENTICATION_REQUIRED`, `INVALID_TOKEN`' })
  @ApiForbiddenResponse({ type: ErrorResponse, description: '`ROLE_REQUIRED`' })
  @ApiNotFoundResponse({ type: ErrorResponse, description: '`LOCATION_NOT_FOUND`' })
  async rotateFeedToken(@Param('location') ref: string): Promise<FeedLinkResponse> {
    const location = await this.locations.findByRef(ref);
    return feedLink('locations', location.id, await this.locations.rotateFeedToken(location.id));
  }
}
