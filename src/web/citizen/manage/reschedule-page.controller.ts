import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DateTime } from 'luxon';
import { AvailabilityService } from '../../../availability/availability.service.js';
import { SlotNotOfferedError, SlotTakenError } from '../../../availability/availability.errors.js';
import { BookingCancelledError, BookingStartedError } from '../../../bookings/bookings.errors.js';
import { BookingsService } from '../../../bookings/bookings.service.js';
import { Clock } from '../../../common/clock/clock.js';
import { isInstant } from '../../../common/validation/is-instant.js';
import { SettingsService } from '../../../config/settings.service.js';
import { CsrfGuard } from '../../page/csrf.js';
import { PageErrorsFilter } from '../../page/page-errors.filter.js';
import { pageHref } from '../../page/page-url.js';
import { type FieldError, Pages } from '../../page/pages.service.js';
import { type ManagedBooking, ManagedBookings } from '../receipt/managed-bookings.service.js';
import { pickerDays } from '../time-picker/picker-days.js';
import { pickerDay, pickerWindow } from '../time-picker/picker-window.js';
import { pickedTime, TIME_FIELD, toTimePickerView } from '../time-picker/time-picker.view.js';
import { kindOf } from '../../../bookings/entities/booking.entity.js';
import { errandToBook } from '../location/booking-ticket.js';
import { textsFor } from './manage.texts.js';
import { MANAGE_MESSAGES, manageActionPaths } from './manage-view.js';

interface Shown {
  found: ManagedBooking;
  day?: string;
  chosen?: string;
  errors?: FieldError[];
  status?: number;
}

/**
 * "Flyt tiden": the same time picker as booking (B1's view model and partial) for the booking's
 * place and errand, inside a form that moves the booking in one step — or leaves it where it was
 * when the new time has gone meanwhile.
 */
@ApiExcludeController()
@UseFilters(PageErrorsFilter)
@Controller()
export class ReschedulePageController {
  constructor(
    private readonly pages: Pages,
    private readonly managed: ManagedBookings,
    private readonly bookings: BookingsService,
    private readonly availability: AvailabilityService,
    private readonly settings: SettingsService,
    private readonly clock: Clock,
  ) {}

  @Get('/min-tid/:reference/flyt')
  async pick(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Param('reference') reference: string,
    @Query() query: Record<string, unknown>,
  ): Promise<void> {
    await this.show(request, reply, {
      found: await this.managed.find(request, reference),
      day: pickerDay(query.dag),
      chosen: pickedTime(query.tid),
    });
  }

  @Post('/min-tid/:reference/flyt')
  @UseGuards(CsrfGuard)
  async move(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Param('reference') reference: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const found = await this.managed.find(request, reference);
    const t = textsFor('reschedule', found.view.kind, this.pages.language(request));
    const chosen = pickedTime(body.tid);
    const day = pickerDay(body.dag);
    if (!chosen || !isInstant(chosen))
      return this.show(request, reply, {
        found,
        day,
        errors: [{ field: TIME_FIELD, message: t.noTime }],
      });
    const { manage } = manageActionPaths(found.view.reference, found.token);
    try {
      await this.bookings.reschedule(reference, found.token, { start: chosen });
    } catch (error) {
      if (error instanceof BookingCancelledError || error instanceof BookingStartedError)
        return this.pages.redirect(request, reply, manage);
      if (!(error instanceof SlotTakenError || error instanceof SlotNotOfferedError)) throw error;
      const status = error instanceof SlotTakenError ? 409 : 422;
      const errors = [{ field: TIME_FIELD, message: t.slotGone }];
      return this.show(request, reply, { found, day, chosen, errors, status });
    }
    this.pages.redirect(request, reply, manage, { besked: MANAGE_MESSAGES.moved });
  }

  private async show(request: FastifyRequest, reply: FastifyReply, shown: Shown): Promise<void> {
    const { record: booking, token, view } = shown.found;
    const language = this.pages.language(request);
    const now = this.clock.now();
    const paths = manageActionPaths(view.reference, token);
    // Only a visit still ahead can move; the manage page says why not.
    if (view.state !== 'booked') return this.pages.redirect(request, reply, paths.manage);
    const zone = booking.location.timeZone;
    const today = DateTime.fromJSDate(now, { zone }).toISODate()!;
    const window = pickerWindow(today, this.settings.get('BOOKING_HORIZON_DAYS'), shown.day);
    // A callback moves within the hotline's call times, for the call's length.
    const booked = (booking.endsAt.getTime() - booking.startsAt.getTime()) / 60_000;
    const errand = errandToBook(booking.errand, kindOf(booking), booked);
    const days = pickerDays(await this.availability.freeSlots(errand, window, booking.locationId));
    const picker = toTimePickerView({
      days,
      zone,
      language,
      now,
      selectedDate: shown.day,
      chosen: shown.chosen,
      dayHref: (date) => pageHref(paths.change, language, { dag: date }),
      earlier: window.earlier,
      later: window.later,
    });
    const t = textsFor('reschedule', view.kind, language);
    await this.pages.render(request, reply, 'citizen/manage/reschedule', {
      title: t.title,
      back: paths.manage,
      errors: shown.errors,
      status: shown.status,
      t,
      booking: view,
      action: paths.change,
      day: shown.day,
      picker,
    });
  }
}
