import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { SEARCH_LIMIT } from '../../../bookings/staff-bookings.service.js';
import { Clock } from '../../../common/clock/clock.js';
import type { Location } from '../../../locations/entities/location.entity.js';
import { BookingSearchQuery, StaffCancelDto } from '../../../visits/dto/reception-bookings.dto.js';
import { ReceptionDesk } from '../../../visits/reception-desk.service.js';
import { VisitsService } from '../../../visits/visits.service.js';
import { CsrfGuard } from '../../page/csrf.js';
import { PageErrorsFilter } from '../../page/page-errors.filter.js';
import type { FieldError } from '../../page/pages.service.js';
import { errorAtField } from '../forms/staff-form.js';
import { StaffPage, type StaffPageRequest } from '../session/staff-page.guard.js';
import { TRIAGE_ANSWERS_TEXTS } from '../shared/triage-answers.texts.js';
import { toTriageAnswersView } from '../shared/triage-answers.view.js';
import { StaffPages } from '../staff-pages.service.js';
import { BOOKING_PAGE_TEXTS } from './booking.texts.js';
import { toDeskBookingView, toSearchHits } from './booking.view.js';
import { DeskPage, statusOf } from './desk-page.js';
import { reasonForm } from './reason-form.js';
import { RECEPTION_TEXTS, receptionPaths } from './reception.texts.js';
import { formText } from '../../page/form-text.js';

const ROLES = ['reception', 'admin'] as const;
const NOTICES = ['aflyst', 'flyttet', 'i-koeen'] as const;
const NOTICE_KEYS = { aflyst: 'cancelled', flyttet: 'moved', 'i-koeen': 'undone' } as const;

interface Shown {
  notice?: string;
  reason?: string;
  errors?: FieldError[];
  status?: number;
}

/** Find a booking, read it with the citizen's answers, cancel it for them, or undo a no-show. */
@ApiExcludeController()
@UseFilters(PageErrorsFilter)
@Controller('staff/reception/:location')
export class BookingPageController {
  constructor(
    private readonly pages: StaffPages,
    private readonly deskPage: DeskPage,
    private readonly desk: ReceptionDesk,
    private readonly visits: VisitsService,
    private readonly clock: Clock,
  ) {}

  @Get('soeg')
  @StaffPage([...ROLES])
  async search(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('location') ref: string,
    @Query() query: Record<string, unknown>,
  ): Promise<void> {
    const language = this.pages.language(request);
    const t = BOOKING_PAGE_TEXTS[language];
    const location = await this.deskPage.location(request, ref);
    const paths = receptionPaths(location.code);
    const q = typeof query.q === 'string' ? query.q.slice(0, 200) : '';
    const form = await reasonForm(BookingSearchQuery, { q }, language, t.searchMissing, 2);
    const view = { title: t.searchTitle, t, location, paths, q, back: paths.arrivals };
    if (!form.ok)
      return this.pages.render(request, reply, 'staff/reception/search', { ...view, errors: form.errors });
    const found = await this.desk.search(location, form.dto.q);
    await this.deskPage.record(
      request,
      'bookings.search',
      location,
      found.map((booking) => booking.reference),
    );
    await this.pages.render(request, reply, 'staff/reception/search', {
      ...view,
      query: form.dto.q,
      hits: toSearchHits(found, {
        zone: location.timeZone,
        language,
        now: this.clock.now(),
        bookingHref: paths.booking,
      }),
      limited: found.length >= SEARCH_LIMIT,
    });
  }

  @Get('booking/:reference')
  @StaffPage([...ROLES])
  async booking(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('location') ref: string,
    @Param('reference') reference: string,
    @Query() query: Record<string, unknown>,
  ): Promise<void> {
    const location = await this.deskPage.location(request, ref);
    const key = NOTICES.find((notice) => notice === query.besked);
    const notice = key && BOOKING_PAGE_TEXTS[this.pages.language(request)].notices[NOTICE_KEYS[key]];
    await this.show(request, reply, location, reference, { notice });
  }

  @Post('booking/:reference/aflys')
  @StaffPage([...ROLES])
  @UseGuards(CsrfGuard)
  async cancel(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('location') ref: string,
    @Param('reference') reference: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const language = this.pages.language(request);
    const location = await this.deskPage.location(request, ref);
    await this.desk.booking(reference, request.staff!, location);
    const reason = formText(body?.reason, 1000);
    const form = await reasonForm(
      StaffCancelDto,
      { reason },
      language,
      BOOKING_PAGE_TEXTS[language].reasonMissing,
    );
    if (!form.ok) return this.show(request, reply, location, reference, { reason, errors: form.errors });
    try {
      await this.desk.cancel(reference, form.dto.reason, request.staff!);
    } catch (error) {
      const errors = errorAtField(error, 'reason', language);
      return this.show(request, reply, location, reference, { reason, errors, status: statusOf(error) });
    }
    await this.done(request, reply, location, reference, 'booking.cancel', 'aflyst');
  }

  @Post('booking/:reference/i-koeen')
  @StaffPage([...ROLES])
  @UseGuards(CsrfGuard)
  async undoNoShow(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('location') ref: string,
    @Param('reference') reference: string,
  ): Promise<void> {
    const location = await this.deskPage.location(request, ref);
    await this.desk.booking(reference, request.staff!, location);
    try {
      await this.visits.undoNoShow(reference, request.staff!);
    } catch (error) {
      const errors = errorAtField(error, 'undo-no-show', this.pages.language(request));
      return this.show(request, reply, location, reference, { errors, status: statusOf(error) });
    }
    await this.done(request, reply, location, reference, 'visit.undo-no-show', 'i-koeen');
  }

  private async done(
    request: StaffPageRequest,
    reply: FastifyReply,
    location: Location,
    reference: string,
    action: string,
    notice: (typeof NOTICES)[number],
  ): Promise<void> {
    const { booking } = await this.desk.booking(reference, request.staff!, location);
    await this.deskPage.record(request, action, location, [booking.reference]);
    this.pages.redirect(request, reply, receptionPaths(location.code).booking(booking.reference), {
      besked: notice,
    });
  }

  private async show(
    request: StaffPageRequest,
    reply: FastifyReply,
    location: Location,
    reference: string,
    shown: Shown,
  ): Promise<void> {
    const language = this.pages.language(request);
    const t = BOOKING_PAGE_TEXTS[language];
    const { booking, triage } = await this.desk.booking(reference, request.staff!, location);
    await this.deskPage.record(request, 'booking.read', location, [booking.reference]);
    const paths = receptionPaths(location.code);
    const view = toDeskBookingView(booking, language, this.clock.now());
    await this.pages.render(request, reply, 'staff/reception/booking', {
      title: `${t.title} ${view.reference}`,
      t,
      rt: RECEPTION_TEXTS[language],
      booking: view,
      triage: toTriageAnswersView(triage, language),
      triageTexts: TRIAGE_ANSWERS_TEXTS,
      paths: { ...paths, self: paths.booking(view.reference) },
      back: paths.arrivals,
      notice: shown.notice,
      reason: shown.reason ?? '',
      errors: shown.errors,
      status: shown.status,
      switchTo: { path: paths.booking(view.reference) },
    });
  }
}
