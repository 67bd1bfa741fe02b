import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DateTime } from 'luxon';
import { AuditLog } from '../../../audit/audit-log.service.js';
import { SlotNotOfferedError, SlotTakenError } from '../../../availability/availability.errors.js';
import { formatReference } from '../../../bookings/booking-secrets.js';
import type { Booking } from '../../../bookings/entities/booking.entity.js';
import { Clock } from '../../../common/clock/clock.js';
import { SettingsService } from '../../../config/settings.service.js';
import { CallbackChanges } from '../../../hotline/callback-changes.service.js';
import { MoveCallbackDto } from '../../../hotline/dto/hotline.dto.js';
import { HotlineService } from '../../../hotline/hotline.service.js';
import { pickerDays } from '../../citizen/time-picker/picker-days.js';
import { pickerDay, pickerWindow } from '../../citizen/time-picker/picker-window.js';
import { pickedTime, TIME_FIELD, toTimePickerView } from '../../citizen/time-picker/time-picker.view.js';
import { CsrfGuard } from '../../page/csrf.js';
import { formText } from '../../page/form-text.js';
import { PageErrorsFilter } from '../../page/page-errors.filter.js';
import { pageHref } from '../../page/page-url.js';
import type { FieldError } from '../../page/pages.service.js';
import { errorAtField } from '../forms/staff-form.js';
import { statusOf } from '../reception/desk-page.js';
import { reasonForm } from '../reception/reason-form.js';
import { StaffPage, type StaffPageRequest } from '../session/staff-page.guard.js';
import { StaffPages } from '../staff-pages.service.js';
import { HOTLINE_ROLES } from './hotline-home.controller.js';
import { HOTLINE_TEXTS } from './hotline.texts.js';
import { callPath, toCallView } from './hotline.view.js';

interface Shown {
  day?: string;
  chosen?: string;
  reason?: string;
  errors?: FieldError[];
  status?: number;
}

/**
 * "Flyt opkaldet" for a citizen on the phone: the citizen pages' time picker with the free call
 * times at the callback's hotline place (AvailabilityService with `callback: true`), and the
 * reason, in one form; the move is StaffBookingsService's, so the citizen gets "changed".
 */
@ApiExcludeController()
@UseFilters(PageErrorsFilter)
@Controller('staff/hotline/opkald/:reference/flyt')
export class MovePageController {
  constructor(
    private readonly pages: StaffPages,
    private readonly hotline: HotlineService,
    private readonly changes: CallbackChanges,
    private readonly audit: AuditLog,
    private readonly settings: SettingsService,
    private readonly clock: Clock,
  ) {}

  @Get()
  @StaffPage([...HOTLINE_ROLES])
  async pick(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('reference') reference: string,
    @Query() query: Record<string, unknown>,
  ): Promise<void> {
    await this.show(request, reply, reference, { day: pickerDay(query.dag), chosen: pickedTime(query.tid) });
  }

  @Post()
  @StaffPage([...HOTLINE_ROLES])
  @UseGuards(CsrfGuard)
  async move(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('reference') reference: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const language = this.pages.language(request);
    const t = HOTLINE_TEXTS[language];
    const chosen = pickedTime(body?.tid);
    const shown = { day: pickerDay(body?.dag), chosen, reason: formText(body?.reason, 1000) };
    const form = await reasonForm(
      MoveCallbackDto,
      { start: chosen ?? '', reason: shown.reason },
      language,
      t.reasonMissing,
    );
    if (!form.ok) {
      // The time is a choice among the radios: "choose one" says more than the validator's words.
      const errors = form.errors.map((error) =>
        error.field === 'start' ? { field: TIME_FIELD, message: t.noTime } : error,
      );
      return this.show(request, reply, reference, { ...shown, errors, status: 400 });
    }
    let moved: Booking;
    try {
      moved = await this.changes.move(reference, request.staff!, form.dto.start, form.dto.reason);
    } catch (error) {
      const slot = error instanceof SlotTakenError || error instanceof SlotNotOfferedError;
      const errors = slot
        ? [{ field: TIME_FIELD, message: t.slotGone }]
        : errorAtField(error, TIME_FIELD, language);
      return this.show(request, reply, reference, { ...shown, errors, status: statusOf(error) });
    }
    await this.audit.record(request.staff!.id, 'callback.move', {
      bookings: [formatReference(moved.reference)],
      objects: [moved.location.code],
    });
    this.pages.redirect(request, reply, callPath(moved.reference), { besked: 'flyttet' });
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
    const callback = await this.hotline.callback(reference, staff);
    const now = this.clock.now();
    const call = toCallView(callback, [], language, now);
    const self = `${callPath(callback.reference)}/flyt`;
    // Only a call still ahead and not started moves; the call page says why not.
    if (!call.canChange && !shown.errors)
      return this.pages.redirect(request, reply, callPath(callback.reference));
    await this.audit.record(staff.id, 'callback.read', {
      bookings: [formatReference(callback.reference)],
      objects: [callback.location.code],
    });
    const zone = callback.location.timeZone;
    const today = DateTime.fromJSDate(now, { zone }).toISODate()!;
    const window = pickerWindow(today, this.settings.get('BOOKING_HORIZON_DAYS'), shown.day);
    const days = pickerDays(await this.changes.freeTimes(callback, window));
    const picker = toTimePickerView({
      days,
      zone,
      language,
      now,
      selectedDate: shown.day,
      chosen: shown.chosen,
      dayHref: (date) => pageHref(self, language, { dag: date }),
      earlier: window.earlier,
      later: window.later,
    });
    await this.pages.render(request, reply, 'staff/hotline/move', {
      title: `${t.moveTitle} ${call.reference}`,
      t,
      call,
      action: self,
      back: callPath(callback.reference),
      day: shown.day,
      reason: shown.reason ?? '',
      picker,
      errors: shown.errors,
      status: shown.status,
      switchTo: { path: self },
    });
  }
}
