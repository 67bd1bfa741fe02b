import { Controller, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { TooManyRequestsError } from '../../http/rate-limits.js';
import { LocationsService } from '../../locations/locations.service.js';
import { VisitsService } from '../../visits/visits.service.js';
import { PageErrorsFilter } from '../page/page-errors.filter.js';
import { Pages } from '../page/pages.service.js';
import { POLL_MS, QueueFeed, STREAMS_PER_ADDRESS } from './queue-feed.service.js';
import { SCREEN_TEXTS } from './screen.texts.js';
import { toScreenView } from './screen.view.js';

/** How long a browser waits before connecting again after the stream broke (SSE `retry`). */
const RECONNECT_MS = 5000;

/**
 * The waiting-room screen, public like GET /locations/{location}/queue: queue numbers and
 * stations only. The page shows the queue as it is (and a link to refresh it without JavaScript);
 * with JavaScript it follows /screen/{location}/events, a stream of server-sent events.
 */
@ApiExcludeController()
@UseFilters(PageErrorsFilter)
@Controller('screen')
export class ScreenPageController {
  constructor(
    private readonly pages: Pages,
    private readonly locations: LocationsService,
    private readonly visits: VisitsService,
    private readonly feed: QueueFeed,
  ) {}

  @Get(':location')
  async screen(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Param('location') ref: string,
  ): Promise<void> {
    const location = await this.locations.findByRef(ref);
    const t = SCREEN_TEXTS[this.pages.language(request)];
    await this.pages.render(request, reply, 'screen/screen', {
      title: location.name,
      service: t.service,
      t,
      location: location.code,
      queue: toScreenView(await this.visits.queue(location)),
    });
  }

  @Get(':location/events')
  async events(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Param('location') ref: string,
  ): Promise<void> {
    const location = await this.locations.findByRef(ref);
    const raw = reply.raw;
    const close = this.feed.open(location, request.ip, {
      send: (text) => {
        if (!raw.writableEnded && !raw.destroyed) raw.write(text);
      },
      end: () => raw.end(),
    });
    if (!close) throw new TooManyRequestsError(RECONNECT_MS / 1000, STREAMS_PER_ADDRESS);
    reply.hijack();
    // The headers the hooks set (security headers, request id), then the stream's own.
    for (const [name, value] of Object.entries(reply.getHeaders()))
      if (value !== undefined) raw.setHeader(name, value);
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-accel-buffering': 'no',
    });
    raw.write(`retry: ${RECONNECT_MS}\n: every ${POLL_MS} ms\n\n`);
    request.raw.once('close', close);
    raw.once('close', close);
  }
}
