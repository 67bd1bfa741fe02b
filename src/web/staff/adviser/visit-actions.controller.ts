import {
  Body,
  Controller,
  NotFoundException,
  Param,
  Post,
  Req,
  Res,
  UseFilters,
  UseGuards,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AuditLog } from '../../../audit/audit-log.service.js';
import type { StaffPrincipal } from '../../../auth/roles.decorator.js';
import { formatReference, normalizeReference } from '../../../bookings/booking-secrets.js';
import { type AdviserAction, type VisitCompletion, VisitsService } from '../../../visits/visits.service.js';
import { CompleteVisitDto } from '../../../visits/dto/visit.dto.js';
import { CsrfGuard } from '../../page/csrf.js';
import { PageErrorsFilter } from '../../page/page-errors.filter.js';
import { errorAtField, readForm } from '../forms/staff-form.js';
import { StaffPage, type StaffPageRequest } from '../session/staff-page.guard.js';
import { StaffPages } from '../staff-pages.service.js';
import { AdviserDayPage, statusOf } from './adviser-day-page.service.js';
import { ADVISER_DAY_TEXTS } from './adviser-day.texts.js';
import { ACTION_SEGMENTS, buttonId, type VisitButton } from './adviser-day.view.js';
import type { Done } from './adviser-notice.js';
import { completionFields } from './complete-form.js';

/** Each button's action and what the day says after it. */
const BY_SEGMENT: Record<string, { action: VisitButton; done: Done; audit: string }> = {
  [ACTION_SEGMENTS.call]: { action: 'call', done: 'kaldt', audit: 'visit.call' },
  [ACTION_SEGMENTS.start]: { action: 'start', done: 'startet', audit: 'visit.start' },
  [ACTION_SEGMENTS.no_show]: { action: 'no_show', done: 'udeblevet', audit: 'visit.no-show' },
  [ACTION_SEGMENTS.undo_no_show]: { action: 'undo_no_show', done: 'i-koe', audit: 'visit.undo-no-show' },
};

/**
 * The buttons of a visit on "Min dag": call, start, no-show, "came after all", and completing with
 * the outcome. The visits module's rules decide (own visits only, the transition table, no no-show
 * before the time has begun); a refusal is shown in the day's error summary at the button.
 */
@ApiExcludeController()
@UseFilters(PageErrorsFilter)
@Controller('staff/raadgiver/besoeg')
export class VisitActionsController {
  constructor(
    private readonly pages: StaffPages,
    private readonly dayPage: AdviserDayPage,
    private readonly visits: VisitsService,
    private readonly audit: AuditLog,
  ) {}

  @Post(':reference/afslut')
  @StaffPage(['adviser'])
  @UseGuards(CsrfGuard)
  async complete(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('reference') reference: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    if (!request.staff!.adviserId) return this.dayPage.notAnAdviser(request, reply);
    const language = this.pages.language(request);
    const t = ADVISER_DAY_TEXTS[language];
    const key = normalizeReference(reference);
    const fields = completionFields(body);
    const form = await readForm(CompleteVisitDto, fields.dto, language);
    if (!form.ok) {
      const errors = form.errors.map((error) =>
        error.field === 'outcome'
          ? { field: `outcome-${key}`, message: t.outcomeMissing }
          : { field: `can-do-alone-${key}`, message: t.canDoAloneMissing },
      );
      return this.dayPage.show(request, reply, { errors, form: { key, ...fields.shown } });
    }
    await this.act(
      request,
      reply,
      key,
      { action: 'complete', done: 'afsluttet', audit: 'visit.complete' },
      form.dto,
    );
  }

  @Post(':reference/:segment')
  @StaffPage(['adviser'])
  @UseGuards(CsrfGuard)
  async change(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('reference') reference: string,
    @Param('segment') segment: string,
  ): Promise<void> {
    const step = Object.hasOwn(BY_SEGMENT, segment) ? BY_SEGMENT[segment] : undefined;
    if (!step) throw new NotFoundException();
    if (!request.staff!.adviserId) return this.dayPage.notAnAdviser(request, reply);
    await this.act(request, reply, normalizeReference(reference), step);
  }

  private async act(
    request: StaffPageRequest,
    reply: FastifyReply,
    key: string,
    step: { action: VisitButton; done: Done; audit: string },
    completion?: VisitCompletion,
  ): Promise<void> {
    const staff = request.staff!;
    try {
      await this.run(staff, key, step.action, completion);
    } catch (error) {
      const errors = errorAtField(error, buttonId(step.action, key), this.pages.language(request));
      return this.dayPage.show(request, reply, { errors, status: statusOf(error) });
    }
    await this.audit.record(staff.id, step.audit, { bookings: [formatReference(key)] });
    this.pages.redirect(request, reply, '/staff/raadgiver', { udfoert: step.done, besoeg: key });
  }

  private run(staff: StaffPrincipal, key: string, action: VisitButton, completion?: VisitCompletion) {
    if (action === 'undo_no_show') return this.visits.undoNoShow(key, staff);
    return this.visits.act(key, action as AdviserAction, staff, completion);
  }
}
