import { Controller, Get, Param, Post, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { isUUID } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  SelfServiceLinkNotFoundError,
  TriageExpiredError,
  TriageNotFoundError,
  TriageNotSelfServiceError,
} from '../../../errands/errands.errors.js';
import { SelfServiceClicksService } from '../../../errands/self-service-clicks.service.js';
import { offersCallback } from '../../../errands/triage-ticket.js';
import { TriageService } from '../../../errands/triage.service.js';
import { CsrfGuard } from '../../page/csrf.js';
import { PageErrorsFilter } from '../../page/page-errors.filter.js';
import { Pages } from '../../page/pages.service.js';
import { errandPath } from '../errand/errand.view.js';
import { BookingTickets } from '../location/booking-ticket.js';
import { OUTCOME_TEXTS } from './outcome.texts.js';
import { bookingPath, outcomePath, toOutcomeView } from './outcome.view.js';

/** A path id that is no UUID names no triage: the same 404 page as an unknown one. */
function triageIdFrom(id: string): string {
  if (!isUUID(id)) throw new TriageNotFoundError(id);
  return id;
}

/** What the triage said, the self-service links (counted on the way out), and "I could not". */
@ApiExcludeController()
@UseFilters(PageErrorsFilter)
@Controller()
export class OutcomePageController {
  constructor(
    private readonly pages: Pages,
    private readonly triage: TriageService,
    private readonly clicks: SelfServiceClicksService,
    private readonly tickets: BookingTickets,
  ) {}

  @Get('vejledning/:triageId')
  async outcome(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Param('triageId') id: string,
  ): Promise<void> {
    const lang = this.pages.language(request);
    const triage = await this.triage.findById(triageIdFrom(id));
    const t = OUTCOME_TEXTS[lang];
    if (this.triage.isExpired(triage))
      return this.pages.render(request, reply, 'citizen/outcome/expired', {
        title: t.expiredTitle,
        t,
        errandName: triage.errand.name[lang],
        restartHref: errandPath(triage.errand.code),
      });
    // The phone desk is looked up only when the triage offers a call.
    const hotline = offersCallback(triage) ? await this.tickets.hotline() : undefined;
    const view = toOutcomeView(triage, lang, hotline?.code);
    await this.pages.render(request, reply, 'citizen/outcome/outcome', {
      title: view.heading,
      t,
      outcome: view,
    });
  }

  /**
   * "Jeg kunne ikke klare det selv": the triage records it and becomes a ticket for booking. A
   * triage that has expired meanwhile, or never said self-service, goes back to its outcome page,
   * which shows what now applies.
   */
  @Post('vejledning/:triageId/proevet-selv')
  @UseGuards(CsrfGuard)
  async selfServiceTried(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Param('triageId') id: string,
  ): Promise<void> {
    const triageId = triageIdFrom(id);
    try {
      await this.triage.markSelfServiceTried(triageId);
    } catch (error) {
      if (error instanceof TriageExpiredError || error instanceof TriageNotSelfServiceError)
        return this.pages.redirect(request, reply, outcomePath(triageId));
      throw error;
    }
    this.pages.redirect(request, reply, bookingPath(triageId));
  }

  /**
   * A self-service link: counts the click (per day, errand and option; nothing about the citizen)
   * and sends the browser to the catalog's address for the option — never to one from the request.
   * HEAD (Fastify answers it with this GET handler) gets the same redirect but is not counted: link
   * checkers and previews ask that way, nobody followed the link.
   */
  @Get('ud/:triageId/:optionKey')
  async followLink(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Param('triageId') id: string,
    @Param('optionKey') optionKey: string,
  ): Promise<void> {
    if (!isUUID(id)) throw new SelfServiceLinkNotFoundError(id, optionKey);
    const url = await this.clicks.follow(id, optionKey, { count: request.method !== 'HEAD' });
    void reply.redirect(url, 303);
  }
}
