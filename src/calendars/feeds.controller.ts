import { Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiProperty,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentStaff, Roles, type StaffPrincipal } from '../auth/roles.decorator.js';
import { ErrorResponse } from '../common/errors/error-response.js';
import { LocationsService } from '../locations/locations.service.js';
import { FeedNotFoundError, NotAnAdviserError } from './calendars.errors.js';
import { type FeedOwner, FeedsService } from './feeds.service.js';

const FEED_FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.ics$/i;

class FeedLinkResponse {
  @ApiProperty({
    example: '/calendars/advisers/1b9d6bcd-….ics?token=…',
    description: 'Subscribe to this URL; keep it secret.',
  })
  url: string;

  @ApiProperty()
  token: string;
}

@ApiTags('calendars')
@Controller()
export class FeedsController {
  constructor(
    private readonly feeds: FeedsService,
    private readonly locations: LocationsService,
  ) {}

  @Get('calendars/:owner/:file')
  @ApiOperation({
    summary: 'iCalendar feed of an adviser (`advisers`) or a location (`locations`)',
    description:
      'Secret URL from the calendar-token endpoints. 30 days back, 60 ahead; Europe/Copenhagen; no citizen ' +
      'names. Answers 304 to a matching If-None-Match.',
  })
  @ApiQuery({ name: 'token', required: true })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'RFC 5545 calendar' })
  @ApiNotFoundResponse({
    type: ErrorResponse,
    description: '`FEED_NOT_FOUND` (also for a wrong or rotated token)',
  })
  async feed(
    @Param('owner') owner: string,
    @Param('file') file: string,
    @Query('token') token: string | undefined,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const id = FEED_FILE.exec(file)?.[1];
    if (!id || (owner !== 'advisers' && owner !== 'locations')) throw new FeedNotFoundError();
    const { body, etag } = await this.feeds.feed(
      owner,
      id.toLowerCase(),
      typeof token === 'string' ? token : undefined,
    );
    void reply.header('etag', etag).header('cache-control', 'private, max-age=0, must-revalidate');
    if (ifNoneMatch?.split(',').some((candidate) => candidate.trim() === etag)) {
      void reply.status(304);
      return '';
    }
    void reply.header('content-type', 'text/calendar; charset=utf-8');
    return body;
  }

  @Post('advisers/me/calendar-token')
  @HttpCode(200)
  @Roles('adviser')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'A new secret feed URL for the signed-in adviser (the old one stops working)' })
  @ApiOkResponse({ type: FeedLinkResponse })
  async rotateAdviser(@CurrentStaff() staff: StaffPrincipal): Promise<FeedLinkResponse> {
    if (!staff.adviserId) throw new NotAnAdviserError();
    return this.link('advisers', staff.adviserId);
  }

  @Post('locations/:location/calendar-token')
  @HttpCode(200)
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'A new secret feed URL for a location (for reception and management)' })
  @ApiOkResponse({ type: FeedLinkResponse })
  @ApiNotFoundResponse({ type: ErrorResponse, description: '`LOCATION_NOT_FOUND`' })
  async rotateLocation(@Param('location') ref: string): Promise<FeedLinkResponse> {
    const location = await this.locations.findByRef(ref);
    return this.link('locations', location.id);
  }

  private async link(owner: FeedOwner, id: string): Promise<FeedLinkResponse> {
    const token = await this.feeds.rotate(owner, id);
    return { url: `/calendars/${owner}/${id}.ics?token=${token}`, token };
  }
}
