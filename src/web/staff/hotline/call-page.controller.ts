import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AuditLog } from '../../../audit/audit-log.service.js';
import { formatReference } from '../../../bookings/booking-secrets.js';
import { CALLBACK_OUTCOMES, type CallbackOutcome } from '../../../bookings/entities/booking.entity.js';
import { Clock } from '../../../common/clock/clock.js';
import { HotlineService } from '../../../hotline/hotline.service.js';
import { HotlineVisits } from '../../../hotline/hotline-visits.service.js';
import { CallbackChanges } from '../../../hotline/callback-changes.service.js';
import { CancelCallbackDto } from '../../../hotline/dto/hotline.dto.js';
import { CsrfGuard } from '../../page/csrf.js';
import { formText } from '../../page/form-text.js';
import { PageErrorsFilter } from '../../page/page-errors.filter.js';
import type { FieldError } from '../../page/pages.service.js';
import { errorAtField } from '../forms/staff-form.js';
import { statusOf } from '../reception/desk-page.js';
import { reasonForm } from '../reception/reason-form.js';
import { StaffPage, type StaffPageRequest } from '../session/staff-page.guard.js';
import { TRIAGE_ANSWERS_TEXTS } from '../shared/triage-answers.texts.js';
import { toTriageAnswersView } from '../shared/triage-answers.view.js';
import { StaffPages } from '../staff-pages.service.js';
import { HOTLINE_ROLES } from './hotline-home.controller.js';
import { HOTLINE_TEXTS, type HotlineNotice } from './hotline.texts.js';
import { callPath, OUTCOME_CHOICES, toCallView } from './hotline.view.js';

const NOTICES: Record<string, HotlineNotice> = {
  startet: 'started',
  afsluttet: 'completed',
  'proev-igen': 'retry',
  'intet-svar': 'noAnswer',
  'skal-moede-op': 'needsVisit',
  aflyst: 'cancelled',
  flyttet: 'moved',
};

interface Shown {
  notice?: HotlineNotice;
  outcome?: string;
  guidanceOption?: string;
  reason?: string;
  errors?: FieldError[];
  status?: number;
}

/**
 * One call: the errand, the citizen's answers, why a call can help and the self-service options;
 * "Ring op", then how the call ended. Plain forms, POST → redirect → GET; a refusal (the call moved
 * on meanwhile, a missing choice) is shown in the error summary at the field.
 */
@ApiExcludeController()
@UseFilters(PageErrorsFilter)
@Controller('staff/hotline/opkald/:reference')
export class CallPageController {
  constructor(
    private readonly pages: StaffPages,
    private readonly hotline: HotlineService,
    private readonly visits: HotlineVisits,
    private readonly changes: CallbackChanges,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  @Get()
  @StaffPage([...HOTLINE_ROLES])
  async call(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('reference') reference: string,
    @Query() query: Record<string, unknown>,
  ): Promise<void> {
    const key =
      typeof query.besked === 'string' && Object.hasOwn(NOTICES, query.besked) ? query.besked : undefined;
    await this.show(request, reply, reference, { notice: key === undefined ? undefined : NOTICES[key] });
  }

  @Post('ring-op')
  @StaffPage([...HOTLINE_ROLES])
  @UseGuards(CsrfGuard)
  async start(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('reference') reference: string,
  ): Promise<void> {
    try {
      await this.hotline.startCall(reference, request.staff!);
    } catch (error) {
      const errors = errorAtField(error, 'ring-op', this.pages.language(request));
      return this.show(request, reply, reference, { errors, status: statusOf(error) });
    }
    await this.done(request, reply, reference, 'callback.start', 'startet');
  }

  @Post('udfald')
  @StaffPage([...HOTLINE_ROLES])
  @UseGuards(CsrfGuard)
  async end(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('reference') reference: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const t = HOTLINE_TEXTS[this.pages.language(request)];
    const outcome = formText(body?.outcome, 40);
    const guidanceOption = formText(body?.guidanceOption, 100) || undefined;
    const shown = { outcome, guidanceOption };
    if (!(CALLBACK_OUTCOMES as readonly string[]).includes(outcome))
      return this.show(request, reply, reference, {
        ...shown,
        errors: [{ field: 'outcome', message: t.outcomeMissing }],
        status: 400,
      });
    const chosen = outcome as CallbackOutcome;
    if (chosen === 'sent_to_self_service' && !guidanceOption)
      return this.show(request, reply, reference, {
        ...shown,
        errors: [{ field: 'guidanceOption', message: t.guidanceMissing }],
        status: 400,
      });
    let ended;
    try {
      // The guidance radios are a separate question: only "sent to self-service" keeps the answer.
      ended = await this.hotline.endCall(reference, request.staff!, {
        outcome: chosen,
        guidanceOption: chosen === 'sent_to_self_service' ? guidanceOption : undefined,
      });
    } catch (error) {
      const field = chosen === 'sent_to_self_service' ? 'guidanceOption' : 'outcome';
      const errors = errorAtField(error, field, this.pages.language(request));
      return this.show(request, reply, reference, { ...shown, errors, status: statusOf(error) });
    }
    const notice =
      chosen === 'needs_visit'
        ? 'skal-moede-op'
        : chosen !== 'no_answer'
          ? 'afsluttet'
          : ended.status === 'booked'
            ? 'proev-igen'
            : 'intet-svar';
    await this.done(request, reply, reference, 'callback.outcome', notice);
  }

  /** "Aflys opkaldet": the citizen phoned to cancel (recorded as theirs), with a reason for staff. */
  @Post('aflys')
  @StaffPage([...HOTLINE_ROLES])
  @UseGuards(CsrfGuard)
  async cancel(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('reference') reference: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const language = this.pages.language(request);
    const reason = formText(body?.reason, 1000);
    const form = await reasonForm(
      CancelCallbackDto,
      { reason },
      language,
      HOTLINE_TEXTS[language].reasonMissing,
    );
    if (!form.ok) return this.show(request, reply, reference, { reason, errors: form.errors, status: 400 });
    try {
      await this.changes.cancel(reference, request.staff!, form.dto.reason);
    } catch (error) {
      const errors = errorAtField(error, 'reason', language);
      return this.show(request, reply, reference, { reason, errors, status: statusOf(error) });
    }
    await this.done(request, reply, reference, 'callback.cancel', 'aflyst');
  }

  private async done(
    request: StaffPageRequest,
    reply: FastifyReply,
    reference: string,
    action: string,
    notice: string,
  ): Promise<void> {
    const callback = await this.hotline.callback(reference, request.staff!);
    await this.audit.record(request.staff!.id, action, {
      bookings: [formatReference(callback.reference)],
      objects: [callback.location.code],
    });
    this.pages.redirect(request, reply, callPath(callback.reference), { besked: notice });
  }

  private async show(
    request: StaffPageRequest,
    reply: FastifyReply,
    reference: string,
    shown: Shown,
  ): Promise<void> {
    const staff = request.staff!;
    const language = this.pages.language(request);
    const t = HOTLINE_TEXTS[language];
    const { callback, triage } = await this.hotline.withTriage(reference, staff);
    await this.audit.record(staff.id, 'callback.read', {
      bookings: [formatReference(callback.reference)],
      objects: [callback.location.code],
    });
    const options = [...(triage.errand.selfServiceOptions ?? [])]
      .sort((a, b) => a.position - b.position)
      .map((option) => ({ key: option.key, title: option.title[language], url: option.url }));
    const call = toCallView(callback, options, language, this.clock.now());
    const booked = call.needsVisit
      ? (await this.visits.fromCall(reference, staff).catch(() => undefined))?.booked
      : undefined;
    const reason = triage.errand.phoneReason?.[language] ?? undefined;
    await this.pages.render(request, reply, 'staff/hotline/call', {
      title: `${t.callTitle} ${call.reference}`,
      t,
      call,
      triage: toTriageAnswersView(triage, language),
      triageTexts: TRIAGE_ANSWERS_TEXTS,
      phoneReason: reason,
      options,
      outcomes: OUTCOME_CHOICES.map((value, index) => ({
        id: index === 0 ? 'outcome' : `outcome-${value}`,
        value,
        label: t.outcomes[value],
        checked: shown.outcome === value,
      })),
      guidance: options.map((option, index) => ({
        id: index === 0 ? 'guidanceOption' : `guidanceOption-${option.key}`,
        value: option.key,
        label: option.title,
        checked: shown.guidanceOption === option.key,
      })),
      self: callPath(callback.reference),
      booked: booked && formatReference(booked),
      reason: shown.reason ?? '',
      notice: shown.notice && t.notices[shown.notice],
      back: '/staff/hotline',
      errors: shown.errors,
      status: shown.status,
      switchTo: { path: callPath(callback.reference) },
    });
  }
}
