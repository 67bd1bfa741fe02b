import { Controller, Get, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AuditLog } from '../../../audit/audit-log.service.js';
import { formatReference, normalizeReference } from '../../../bookings/booking-secrets.js';
import { isLocalDate } from '../../../common/validation/patterns.js';
import { VisitsService } from '../../../visits/visits.service.js';
import { CsrfGuard } from '../../page/csrf.js';
import { PageErrorsFilter } from '../../page/page-errors.filter.js';
import { errorAtField } from '../forms/staff-form.js';
import { StaffPage, type StaffPageRequest } from '../session/staff-page.guard.js';
import { StaffPages } from '../staff-pages.service.js';
import { AdviserDayPage, statusOf } from './adviser-day-page.service.js';
import { ADVISER_DAY_TEXTS } from './adviser-day.texts.js';
import { noticeFor } from './adviser-notice.js';

/** "Min dag": the adviser's own day, another day by `?dato=`, and "Kald næste". */
@ApiExcludeController()
@UseFilters(PageErrorsFilter)
@Controller('staff/raadgiver')
export class AdviserHomeController {
  constructor(
    private readonly pages: StaffPages,
    private readonly dayPage: AdviserDayPage,
    private readonly visits: VisitsService,
    private readonly audit: AuditLog,
  ) {}

  @Get()
  @StaffPage(['adviser'])
  async home(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Query() query: Record<string, unknown>,
  ): Promise<void> {
    const language = this.pages.language(request);
    const date = query.dato;
    if (date !== undefined && !isLocalDate(date)) {
      const errors = [{ field: 'day-nav', message: ADVISER_DAY_TEXTS[language].badDate }];
      return this.dayPage.show(request, reply, { errors, status: 400 });
    }
    await this.dayPage.show(request, reply, {
      date,
      notice: (view) => noticeFor(query.udfoert, query.besoeg, view, language),
    });
  }

  @Post('kald-naeste')
  @StaffPage(['adviser'])
  @UseGuards(CsrfGuard)
  async callNext(@Req() request: StaffPageRequest, @Res() reply: FastifyReply): Promise<void> {
    const staff = request.staff!;
    if (!staff.adviserId) return this.dayPage.notAnAdviser(request, reply);
    const language = this.pages.language(request);
    let reference: string | undefined;
    try {
      reference = (await this.visits.callNext(staff))?.reference;
    } catch (error) {
      const errors = errorAtField(error, 'call-next', language);
      return this.dayPage.show(request, reply, { errors, status: statusOf(error) });
    }
    if (!reference)
      return this.pages.redirect(request, reply, '/staff/raadgiver', { udfoert: 'ingen-venter' });
    await this.audit.record(staff.id, 'visit.call-next', { bookings: [formatReference(reference)] });
    this.pages.redirect(request, reply, '/staff/raadgiver', {
      udfoert: 'kaldt',
      besoeg: normalizeReference(reference),
    });
  }
}
