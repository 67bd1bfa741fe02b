import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { TriageSession } from '../../../errands/entities/triage-session.entity.js';
import {
  TriageExpiredError,
  TriageNotFoundError,
  TriageNotVisitError,
} from '../../../errands/errands.errors.js';
import { TriageService } from '../../../errands/triage.service.js';
import { Pages } from '../../page/pages.service.js';
import { NOT_BOOKABLE_TEXTS } from './not-bookable.texts.js';

/**
 * The booking pages' door: the triage as a ticket for booking (TriageService.findBookingTicket), or
 * — when its answers say no visit, or are too old — a page that says so and where to go instead
 * (422, as the API answers). An unknown or malformed id is the 404 page.
 */
@Injectable()
export class BookingTickets {
  constructor(
    private readonly pages: Pages,
    private readonly triage: TriageService,
  ) {}

  async ticketOrExplain(
    request: FastifyRequest,
    reply: FastifyReply,
    triageId: string,
  ): Promise<TriageSession | undefined> {
    if (!isUUID(triageId)) throw new TriageNotFoundError(triageId);
    try {
      return await this.triage.findBookingTicket(triageId);
    } catch (error) {
      if (!(error instanceof TriageNotVisitError || error instanceof TriageExpiredError)) throw error;
      await this.explain(request, reply, triageId, error);
      return undefined;
    }
  }

  private async explain(
    request: FastifyRequest,
    reply: FastifyReply,
    triageId: string,
    error: TriageNotVisitError | TriageExpiredError,
  ): Promise<void> {
    const language = this.pages.language(request);
    const t = NOT_BOOKABLE_TEXTS[language];
    const session = await this.triage.findById(triageId);
    const expired = error instanceof TriageExpiredError;
    await this.pages.render(request, reply, 'citizen/location/not-bookable', {
      title: expired ? t.expiredTitle : t.title,
      status: 422,
      t,
      errandName: session.errand.name[language],
      // The domain's own words say why (self-service, not yet, elsewhere).
      text: expired ? t.expired : error.messages[language],
      againHref: expired ? `/aerinder/${session.errand.code}` : undefined,
      outcomeHref: expired ? undefined : `/vejledning/${triageId}`,
    });
  }
}
