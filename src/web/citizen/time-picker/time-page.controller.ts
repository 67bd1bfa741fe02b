import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AvailabilityService } from '../../../availability/availability.service.js';
import { SlotNotOfferedError, SlotTakenError } from '../../../availability/availability.errors.js';
import { Clock } from '../../../common/clock/clock.js';
import { isInstant } from '../../../common/validation/is-instant.js';
import { SettingsService } from '../../../config/settings.service.js';
import type { TriageSession } from '../../../errands/entities/triage-session.entity.js';
import type { Location } from '../../../locations/entities/location.entity.js';
import { LocationsService } from '../../../locations/locations.service.js';
import { PlacesService } from '../../../locations/public/places.service.js';
import { CsrfGuard } from '../../page/csrf.js';
import { PageErrorsFilter } from '../../page/page-errors.filter.js';
import { pageHref } from '../../page/page-url.js';
import { type FieldError, Pages } from '../../page/pages.service.js';
import type { BookingKind } from '../../../bookings/entities/booking.entity.js';
import { BookingTickets, errandToBook, kindAt } from '../location/booking-ticket.js';
import { outcomePath } from '../outcome/outcome.view.js';
import { placePath, timePath } from '../location/location-page.controller.js';
import { chosenPlace } from '../location/location.view.js';
import { pickerDays } from './picker-days.js';
import { pickerDay, pickerWindow } from './picker-window.js';
import { TIME_PAGE_TEXTS } from './time-page.texts.js';
import { pickedTime, TIME_FIELD, toTimePickerView } from './time-picker.view.js';

const contactPath = (triageId: string) => `/book/${triageId}/kontakt`;

interface Shown {
  ticket: TriageSession;
  /** A visit, or a callback when the place is the hotline. */
  kind: BookingKind;
  /** The place's code or id, as chosen. */
  placeRef: string;
  day?: string;
  chosen?: string;
  errors?: FieldError[];
}

/**
 * "Vælg tid": the chosen place's free times, two weeks at a time, as the time picker — for the
 * hotline place, the times a hotline adviser can call ("Vælg hvornår vi skal ringe"). The form
 * POSTs the time, which is checked against availability as it is now — a time taken meanwhile is
 * an error at the field, not a surprise at the end — then 303 to the contact step.
 */
@ApiExcludeController()
@UseFilters(PageErrorsFilter)
@Controller()
export class TimePageController {
  constructor(
    private readonly pages: Pages,
    private readonly tickets: BookingTickets,
    private readonly locations: LocationsService,
    private readonly availability: AvailabilityService,
    private readonly places: PlacesService,
    private readonly settings: SettingsService,
    private readonly clock: Clock,
  ) {}

  @Get('/book/:triageId/tid')
  async pick(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Param('triageId') triageId: string,
    @Query() query: Record<string, unknown>,
  ): Promise<void> {
    const code = chosenPlace(query.sted);
    const kind = code ? await this.tickets.kindOf(code) : 'visit';
    const ticket = await this.tickets.ticketOrExplain(request, reply, triageId, kind);
    if (!ticket) return;
    if (!code) return this.pages.redirect(request, reply, placePath(ticket.id));
    await this.show(request, reply, {
      ticket,
      kind,
      placeRef: code,
      day: pickerDay(query.dag),
      chosen: pickedTime(query.tid),
    });
  }

  @Post('/book/:triageId/tid')
  @UseGuards(CsrfGuard)
  async submit(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Param('triageId') triageId: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const code = chosenPlace(body.sted);
    const kind = code ? await this.tickets.kindOf(code) : 'visit';
    const ticket = await this.tickets.ticketOrExplain(request, reply, triageId, kind);
    if (!ticket) return;
    if (!code) return this.pages.redirect(request, reply, placePath(ticket.id));
    const place = await this.locations.findByRef(code);
    const t = TIME_PAGE_TEXTS[this.pages.language(request)];
    const chosen = pickedTime(body.tid);
    const day = pickerDay(body.dag);
    if (!chosen)
      return this.show(request, reply, {
        ticket,
        kind,
        placeRef: place.code,
        day,
        errors: [{ field: TIME_FIELD, message: t.choose }],
      });
    const problem = await this.checkTime(ticket, place, chosen);
    if (problem) {
      const message = problem === 'gone' ? t.gone : t.invalid;
      return this.show(request, reply, {
        ticket,
        kind,
        placeRef: place.code,
        day,
        chosen,
        errors: [{ field: TIME_FIELD, message }],
      });
    }
    this.pages.redirect(request, reply, contactPath(ticket.id), { sted: place.code, tid: chosen });
  }

  /** Whether the time is still offered here: undefined when it is, else why not. */
  private async checkTime(
    ticket: TriageSession,
    place: Location,
    start: string,
  ): Promise<'gone' | 'invalid' | undefined> {
    if (!isInstant(start)) return 'invalid';
    const instant = new Date(start);
    try {
      await this.availability.choose(errandToBook(ticket.errand, kindAt(place)), place.id, instant);
      return undefined;
    } catch (error) {
      if (error instanceof SlotTakenError || error instanceof SlotNotOfferedError) return 'gone';
      throw error;
    }
  }

  private async show(request: FastifyRequest, reply: FastifyReply, shown: Shown): Promise<void> {
    const { ticket, kind } = shown;
    const language = this.pages.language(request);
    const window = pickerWindow(this.places.today(), this.settings.get('BOOKING_HORIZON_DAYS'), shown.day);
    const errand = errandToBook(ticket.errand, kind);
    // The place comes with its free times in one round trip: this page is the busiest of the path.
    const found = await this.availability.freeSlotsAt(errand, window, shown.placeRef);
    if (!found) {
      // An unknown place is the 404 page; a place that cannot serve this errand, the choice again.
      await this.locations.findByRef(shown.placeRef);
      return this.pages.redirect(request, reply, placePath(ticket.id));
    }
    const place = found.location;
    const days = pickerDays(found.days);
    const query = { sted: place.code };
    const picker = toTimePickerView({
      days,
      zone: place.timeZone,
      language,
      now: this.clock.now(),
      selectedDate: shown.day,
      chosen: shown.chosen,
      dayHref: (date) => pageHref(timePath(ticket.id), language, { ...query, dag: date }),
      timeHref: (start) => pageHref(contactPath(ticket.id), language, { ...query, tid: start }),
      earlier: window.earlier,
      later: window.later,
    });
    const t = TIME_PAGE_TEXTS[language];
    const callback = kind === 'callback';
    await this.pages.render(request, reply, 'citizen/time-picker/time-page', {
      title: callback ? t.callbackTitle : t.title,
      // A callback was chosen on the outcome page, not among places.
      back: callback ? outcomePath(ticket.id) : placePath(ticket.id),
      callback: callback ? { minutes: errand.minutes } : undefined,
      errors: shown.errors,
      t,
      errandName: ticket.errand.name[language],
      place: { code: place.code, name: place.name, address: place.address },
      placeHref: placePath(ticket.id),
      action: timePath(ticket.id),
      picker,
      switchTo: { path: timePath(ticket.id), query: { ...query, dag: shown.day } },
    });
  }
}
