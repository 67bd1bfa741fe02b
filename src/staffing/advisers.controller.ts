import { Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { CurrentStaff, Roles, type StaffPrincipal } from '../auth/roles.decorator.js';
import { feedLink, FeedLinkResponse } from '../common/dto/feed-link.dto.js';
import { ErrorResponse } from '../common/errors/error-response.js';
import { NotAnAdviserError } from './staffing.errors.js';
import { StaffingService } from './staffing.service.js';

@ApiTags('advisers')
@ApiBearerAuth()
@Roles('adviser')
@Controller('advisers/me')
export class AdvisersController {
  constructor(private readonly staffing: StaffingService) {}

  @Post('calendar-token')
  @HttpCode(200)
  @ApiOperation({ summary: 'A new secret feed URL for the signed-in adviser (the old one stops working)' })
  @ApiOkResponse({ type: FeedLinkResponse })
  @ApiUnauthorizedResponse({ type: ErrorResponse, description: '`AUTHENTICATION_REQUIRED`, `INVALID_TOKEN`' })
  @ApiForbiddenResponse({ type: ErrorResponse, description: '`ROLE_REQUIRED`, `NOT_AN_ADVISER`' })
  async rotateFeedToken(@CurrentStaff() staff: StaffPrincipal): Promise<FeedLinkResponse> {
    if (!staff.adviserId) throw new NotAnAdviserError();
    return feedLink('advisers', staff.adviserId, await this.staffing.rotateFeedToken(staff.adviserId));
  }
}
