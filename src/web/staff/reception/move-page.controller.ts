import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DateTime } from 'luxon';
import { SlotNotOfferedError, SlotTakenError } from '../../../availability/availability.errors.js';
import type { Booking } from '../../../bookings/entities/booking.entity.js';
import { Clock } from '../../../common/clock/clock.js';
import { SettingsService } from '../../../config/settings.service.js';
import { StaffRescheduleDto } from '../../../visits/dto/reception-bookings.dto.js';
import { ReceptionDesk } from '../../../visits/reception-desk.service.js';
import { pickerDays } from '../../citizen/time-picker/picker-days.js';
import { pickerDay, pickerWindow } from '../../citizen/time-picker/picker-window.js';
import { pickedTime, TIME_FIELD, toTimePickerView } from '../../citizen/time-picker/time-picker.view.js';
import { CsrfGuard } from '../../page/csrf.js';
import { PageErrorsFilter } from '../../page/page-errors.filter.js';
import { pageHref } from '../../page/page-url.js';
import type { FieldError } from '../../page/pages.service.js';
import { errorAtField } from '../forms/staff-form.js';
import { StaffPage, type StaffPageRequest } from '../session/staff-page.guard.js';
import { StaffPages } from '../staff-pages.service.js';
import { BOOKING_PAGE_TEXTS } from './booking.texts.js';
import { toDeskBookingView } from './booking.view.js';
import { DeskPage, statusOf } from './desk-page.js';
import { reasonForm } from './reason-form.js';
import { receptionPaths } from './reception.texts.js';
import { formText } from '../../page/form-text.js';

const ROLES = ['reception', 'admin'] as const;

interface Shown {
  day?: string;
  chosen?: string;
  reason?: string;
  errors?: FieldError[];
  status?: number;
}

/**
 * "Flyt tiden" for a citizen on the phone: the citizen pages' time picker (view model and partial)
 * for the booking's errand and place, with the reason, in one form that moves the booking in one
 * step — or leaves it where it was when the time has gone meanwhile.
 */
@ApiExcludeController()
@UseFilters(PageErrorsFilter)
@Controller('staff/reception/:location/booking/:reference/flyt')
export class MovePageController {
  constructor(
    private readonly pages: StaffPages,
    private readonly deskPage: DeskPage,
    private readonly desk: ReceptionDesk,
    private readonly settings: SettingsService,
    private readonly clock: Clock,
  ) {}

  @Get()
  @StaffPage([...ROLES])
  async pick(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('location') ref: string,
    @Param('reference') reference: string,
    @Query() query: Record<string, unknown>,
  ): Promise<void> {
    await this.show(request, reply, ref, reference, {
      day: pickerDay(query.dag),
      chosen: pickedTime(query.tid),
    });
  }

  @Post()
  @StaffPage([...ROLES])
  @UseGuards(CsrfGuard)
  async move(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('location') ref: string,
    @Param('reference') reference: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const language = this.pages.language(request);
    const t = BOOKING_PAGE_TEXTS[language];
    const location = await this.deskPage.location(request, ref);
    const { booking } = await this.desk.booking(reference, request.staff!, location);
    const chosen = pickedTime(body?.tid);
    const shown = {
      day: pickerDay(body?.dag),
      chosen,
      reason: formText(body?.reason, 1000),
    };
    const form = await reasonForm(
      StaffRescheduleDto,
      { start: chosen ?? '', reason: shown.reason ?? '' },
      language,
      t.reasonMissing,
    );
    if (!form.ok) {
      // The time is a choice among the radios: "choose one" says more than the validator's words.
      const errors = form.errors.map((error) =>
        error.field === 'start' ? { field: TIME_FIELD, message: t.noTime } : error,
      );
      return this.show(request, reply, ref, reference, { ...shown, errors });
    }
    try {
      await this.desk.reschedule(booking.reference, form.dto.start, form.dto.reason, request.staff!);
    } catch (error) {
      const slot = error instanceof SlotTakenError || error instanceof SlotNotOfferedError;
      const errors = slot
        ? [{ field: TIME_FIELD, message: t.slotGone }]
        : errorAtField(error, TIME_FIELD, language);
      return this.show(request, reply, ref, reference, { ...shown, errors, status: statusOf(error) });
    }
    await this.deskPage.record(request, 'booking.reschedule', location, [booking.reference]);
    this.pages.redirect(request, reply, receptionPaths(location.code).booking(booking.reference), {
      besked: 'flyttet',
    });
  }

  private async show(
    request: StaffPageRequest,
    reply: FastifyReply,
    ref: string,
    reference: string,
    shown: Shown,
  ): Promise<void> {
    const language = this.pages.language(request);
    const location = await this.deskPage.location(request, ref);
    const { booking } = await this.desk.booking(reference, request.staff!, location);
    const paths = receptionPaths(location.code);
    const view = toDeskBookingView(booking, language, this.clock.now());
    const self = `${paths.booking(view.reference)}/flyt`;
    // Only a visit still ahead and not checked in can move; the booking page says why not.
    if (!view.canMove && !shown.errors)
      return this.pages.redirect(request, reply, paths.booking(view.reference));
    await this.deskPage.record(request, 'booking.read', location, [booking.reference]);
    const t = BOOKING_PAGE_TEXTS[language];
    await this.pages.render(request, reply, 'staff/reception/move', {
      title: t.moveTitle,
      t,
      booking: view,
      action: self,
      back: paths.booking(view.reference),
      day: shown.day,
      reason: shown.reason ?? '',
      picker: await this.picker(booking, language, shown, (date) => pageHref(self, language, { dag: date })),
      errors: shown.errors,
      status: shown.status,
      switchTo: { path: self },
    });
  }

  private async picker(
    booking: Booking,
    language: 'da' | 'en',
    shown: Shown,
    dayHref: (date: string) => string,
  ) {
    const now = this.clock.now();
    const zone = booking.location.timeZone;
    const today = DateTime.fromJSDate(now, { zone }).toISODate()!;
    const window = pickerWindow(today, this.settings.get('BOOKING_HORIZON_DAYS'), shown.day);
    const days = pickerDays(await this.desk.freeTimes(booking, window));
    return toTimePickerView({
      days,
      zone,
      language,
      now,
      selectedDate: shown.day,
      chosen: shown.chosen,
      dayHref,
      earlier: window.earlier,
      later: window.later,
    });
  }
}
