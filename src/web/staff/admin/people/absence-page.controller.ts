import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Language } from '../../../../common/i18n/localized.js';
import { parseUuid } from '../../../../common/pipes/parse-uuid.js';
import { localDate } from '../../../../common/time/local-date.js';
import type { AdviserDetail } from '../../../../staffing/adviser-queries.service.js';
import { CsrfGuard } from '../../../page/csrf.js';
import { PageErrorsFilter } from '../../../page/page-errors.filter.js';
import type { FieldError } from '../../../page/pages.service.js';
import { readForm } from '../../forms/staff-form.js';
import { StaffPage, type StaffPageRequest } from '../../session/staff-page.guard.js';
import { StaffPages } from '../../staff-pages.service.js';
import { readAbsence, todayAbsence, type TypedAbsence, typedAbsence } from './absence-form.js';
import { ABSENCE_TEXTS } from './absence.texts.js';
import { absenceNotice, toAbsencePage, type VisitLookup } from './absence.view.js';
import { CancelLeftFormDto } from './cancel-left-form.js';
import { PeopleChanges } from './people-changes.service.js';
import { PeoplePageData } from './people-page-data.service.js';
import { ADVISERS_PATH, absencePath, adviserPath } from './people-paths.js';
import { formText } from '../../../page/form-text.js';

const count = (n: number) => String(n);

/**
 * An adviser's absence: recorded on a form, then its page shows the visits handed to colleagues
 * and those nobody could take, which can be moved again or cancelled with a reason; or the
 * absence is deleted.
 */
@ApiExcludeController()
@UseFilters(PageErrorsFilter)
@StaffPage(['admin'])
@Controller(`${ADVISERS_PATH.slice(1)}/:id/fravaer`)
export class AbsencePageController {
  constructor(
    private readonly pages: StaffPages,
    private readonly data: PeoplePageData,
    private readonly changes: PeopleChanges,
  ) {}

  @Get('ny')
  async form(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('id', parseUuid('id')) id: string,
  ): Promise<void> {
    const adviser = await this.data.advisers.detail(id);
    const today = localDate(this.data.now(), adviser.timeZone);
    await this.showForm(request, reply, adviser, todayAbsence(today));
  }

  @Post('ny')
  @UseGuards(CsrfGuard)
  async record(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('id', parseUuid('id')) id: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const language = this.pages.language(request);
    const adviser = await this.data.advisers.detail(id);
    const typed = typedAbsence(body);
    const read = await readAbsence(typed, adviser.timeZone, language);
    if (!read.ok) return this.showForm(request, reply, adviser, typed, read.errors);
    const result = await this.changes.recordAbsence(request.staff!, id, read.absence);
    this.pages.redirect(request, reply, absencePath(id, result.id!), {
      ny: '1',
      flyttet: count(result.moved?.length ?? 0),
      tilbage: count(result.notMoved?.length ?? 0),
    });
  }

  @Get(':absence')
  async absence(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('id', parseUuid('id')) id: string,
    @Param('absence', parseUuid('absence')) absenceId: string,
    @Query() query: Record<string, unknown>,
  ): Promise<void> {
    await this.showAbsence(request, reply, id, absenceId, { query });
  }

  @Post(':absence/flyt')
  @UseGuards(CsrfGuard)
  async moveAgain(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('id', parseUuid('id')) id: string,
    @Param('absence', parseUuid('absence')) absenceId: string,
  ): Promise<void> {
    const result = await this.changes.moveAgain(request.staff!, id, absenceId);
    this.pages.redirect(request, reply, absencePath(id, absenceId), {
      igen: '1',
      tilbage: count(result.notMoved.length),
    });
  }

  @Post(':absence/aflys')
  @UseGuards(CsrfGuard)
  async cancelLeft(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('id', parseUuid('id')) id: string,
    @Param('absence', parseUuid('absence')) absenceId: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const language = this.pages.language(request);
    const reason = formText(body?.reason);
    const form = await readForm(CancelLeftFormDto, { reason }, language);
    if (!form.ok) {
      const errors = [{ field: 'reason', message: this.reasonProblem(reason, language) }];
      return this.showAbsence(request, reply, id, absenceId, { errors, reason });
    }
    const result = await this.changes.cancelLeft(request.staff!, id, absenceId, form.dto.reason);
    this.pages.redirect(request, reply, absencePath(id, absenceId), {
      aflyst: count(result.cancelled.length),
    });
  }

  @Post(':absence/slet')
  @UseGuards(CsrfGuard)
  async delete(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('id', parseUuid('id')) id: string,
    @Param('absence', parseUuid('absence')) absenceId: string,
  ): Promise<void> {
    await this.changes.deleteAbsence(request.staff!, id, absenceId);
    this.pages.redirect(request, reply, adviserPath(id), { slettet: 'fravaer' });
  }

  private reasonProblem(reason: string, language: Language): string {
    const t = ABSENCE_TEXTS[language];
    if (reason.trim() === '') return t.cancelReasonMissing;
    return reason.trim().length > 200 ? t.reasonTooLong : t.reasonCpr;
  }

  private async showForm(
    request: StaffPageRequest,
    reply: FastifyReply,
    adviser: AdviserDetail,
    typed: TypedAbsence,
    errors?: FieldError[],
  ): Promise<void> {
    const t = ABSENCE_TEXTS[this.pages.language(request)];
    await this.pages.render(request, reply, 'staff/admin/people/absence-form', {
      title: t.newTitle,
      back: adviserPath(adviser.id),
      t,
      errors,
      name: adviser.name,
      action: adviserPath(adviser.id, 'fravaer', 'ny'),
      cancelHref: adviserPath(adviser.id),
      typed,
    });
  }

  private async showAbsence(
    request: StaffPageRequest,
    reply: FastifyReply,
    adviserId: string,
    absenceId: string,
    state: { query?: Record<string, unknown>; errors?: FieldError[]; reason?: string },
  ): Promise<void> {
    const language = this.pages.language(request);
    const t = ABSENCE_TEXTS[language];
    const [visits, adviser, lookup] = await Promise.all([
      this.changes.absence(request.staff!, adviserId, absenceId),
      this.data.advisers.detail(adviserId),
      this.data.lookup(language),
    ]);
    const zones = new Map(lookup.places.map((place) => [place.code, place.timeZone]));
    const visitLookup: VisitLookup = { ...lookup, zone: (code) => zones.get(code) };
    const absence = toAbsencePage(visits, adviser.timeZone, visitLookup, language, this.data.now());
    await this.pages.render(request, reply, 'staff/admin/people/absence', {
      title: t.title,
      back: adviserPath(adviserId),
      t,
      errors: state.errors,
      absence,
      reason: state.reason ?? '',
      notice: state.query ? absenceNotice(state.query, language) : undefined,
      switchTo: state.errors ? { path: absencePath(adviserId, absenceId) } : undefined,
    });
  }
}
