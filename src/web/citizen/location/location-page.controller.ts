import { Controller, Get, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Clock } from '../../../common/clock/clock.js';
import type { TriageSession } from '../../../errands/entities/triage-session.entity.js';
import { PlacesService } from '../../../locations/public/places.service.js';
import type { FieldError } from '../../page/pages.service.js';
import { PageErrorsFilter } from '../../page/page-errors.filter.js';
import { Pages } from '../../page/pages.service.js';
import { PLACES_TEXTS } from '../places/places.texts.js';
import { BookingTickets } from './booking-ticket.js';
import { LOCATION_TEXTS } from './location.texts.js';
import { chosenPlace, PLACE_FIELD, toPlaceChoices } from './location.view.js';

export const placePath = (triageId: string) => `/book/${triageId}/sted`;
export const timePath = (triageId: string) => `/book/${triageId}/tid`;

/**
 * "Vælg sted": the places that can serve the triage's errand, each with its next free time. A GET
 * form to itself — choosing a place changes nothing, so no POST and no CSRF cookie — that sends the
 * citizen on to the time picker, or shows the question again with an error summary.
 */
@ApiExcludeController()
@UseFilters(PageErrorsFilter)
@Controller()
export class LocationPageController {
  constructor(
    private readonly pages: Pages,
    private readonly tickets: BookingTickets,
    private readonly places: PlacesService,
    private readonly clock: Clock,
  ) {}

  @Get('/book/:triageId/sted')
  async choose(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Param('triageId') triageId: string,
    @Query() query: Record<string, unknown>,
  ): Promise<void> {
    const ticket = await this.tickets.ticketOrExplain(request, reply, triageId);
    if (!ticket) return;
    const places = await this.places.forErrand(ticket.errand);
    const chosen = chosenPlace(query.sted);
    const t = LOCATION_TEXTS[this.pages.language(request)];
    if (query.valgt !== undefined) {
      const known = places.some((place) => place.location.code === chosen);
      if (known) return this.pages.redirect(request, reply, timePath(ticket.id), { sted: chosen });
      const message = chosen === undefined ? t.choose : t.unknown;
      return this.render(request, reply, ticket, places, [{ field: PLACE_FIELD, message }], chosen);
    }
    await this.render(request, reply, ticket, places, [], chosen);
  }

  private async render(
    request: FastifyRequest,
    reply: FastifyReply,
    ticket: TriageSession,
    places: Awaited<ReturnType<PlacesService['forErrand']>>,
    errors: FieldError[],
    chosen: string | undefined,
  ): Promise<void> {
    const language = this.pages.language(request);
    const t = LOCATION_TEXTS[language];
    const now = this.clock.now();
    await this.pages.render(request, reply, 'citizen/location/location', {
      title: t.title,
      back: `/vejledning/${ticket.id}`,
      errors,
      t,
      pt: PLACES_TEXTS[language],
      action: placePath(ticket.id),
      errandName: ticket.errand.name[language],
      choices: toPlaceChoices(places, { language, now, chosen, searchedDays: this.places.searchedDays }),
    });
  }
}
