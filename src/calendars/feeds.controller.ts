import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ErrorResponse } from '../common/errors/error-response.js';
import { FeedNotFoundError } from './calendars.errors.js';
import { FeedsService } from './feeds.service.js';

/**
 * If-None-Match uses the weak comparison (RFC 9110 §13.1.2): `W/"x"` matches `"x"`, and `*`
 * matches any current feed.
 */
export function notModified(ifNoneMatch: string | undefined, etag: string): boolean {
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return (ifNoneMatch ?? '').split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

const FEED_FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.ics$/i;

@ApiTags('calendars')
@Controller()
export class FeedsController {
  constructor(private readonly feeds: FeedsService) {}

  @Get('calendars/:owner/:file')
  @ApiOperation({
    summary: 'iCalendar feed of an adviser (`advisers`) or a location (`locations`)',
    description:
      'Secret URL from the calendar-token endpoints. 30 days back, 60 ahead; Europe/Copenhagen; no citizen ' +
      'names. Answers 304 to a matching If-None-Match.',
  })
  @ApiQuery({
    name: 'token',
    required: true,
    type: String,
    description: 'The secret from the calendar-token endpoint.',
  })
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
    if (notModified(ifNoneMatch, etag)) {
      void reply.status(304);
      return '';
    }
    void reply.header('content-type', 'text/calendar; charset=utf-8');
    return body;
  }
}
