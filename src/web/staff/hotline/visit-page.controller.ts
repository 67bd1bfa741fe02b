import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DateTime } from 'luxon';
import { AuditLog } from '../../../audit/audit-log.service.js';
import { SlotNotOfferedError, SlotTakenError } from '../../../availability/availability.errors.js';
import { formatReference } from '../../../bookings/booking-secrets.js';
import { Clock } from '../../../common/clock/clock.js';
import { SettingsService } from '../../../config/settings.service.js';
import { HotlineVisits, type VisitFromCall } from '../../../hotline/hotline-visits.service.js';
import { pickerDays } from '../../citizen/time-picker/picker-days.js';
import { pickerDay, pickerWindow } from '../../citizen/time-picker/picker-window.js';
import { pickedTime, TIME_FIELD, toTimePickerView } from '../../citizen/time-picker/time-picker.view.js';
import { CsrfGuard } from '../../page/csrf.js';
import { formText } from '../../page/form-text.js';
import { PageErrorsFilter } from '../../page/page-errors.filter.js';
import { pageHref } from '../../page/page-url.js';
import type { FieldError } from '../../page/pages.service.js';
import { momentForPeople } from '../../page/people-time.js';
import { errorAtField } from '../forms/staff-form.js';
import { checkBooking, SMS_CHOSEN } from '../../citizen/contact/contact-form.js';
import { statusOf } from '../reception/desk-page.js';
import { StaffPage, type StaffPageRequest } from '../session/staff-page.guard.js';
import { StaffPages } from '../staff-pages.service.js';
import { HOTLINE_ROLES } from './hotline-home.controller.js';
import { HOTLINE_TEXTS } from './hotline.texts.js';
import { callPath } from './hotline.view.js';

const PLACE_CODE = /^[A-Z0-9_-]{1,40}$/i;

interface Shown {
  place?: string;
  day?: string;
  chosen?: string;
  citizen?: { name: string; email: string; phone: string; sms: boolean };
  errors?: FieldError[];
  status?: number;
}

/** The contact fields as posted (checkBooking reads them as CreateBookingDto would). */
function citizenFields(body: Record<string, unknown> | undefined) {
  const shown = {
    name: formText(body?.name, 100),
    email: formText(body?.email, 254),
    phone: formText(body?.phone, 30),
    sms: body?.sms === SMS_CHOSEN,
  };
  return { shown };
}

/**
 * "Skal møde op", booked from the call: a place that serves the errand (with its first free time),
 * then the time picker and the citizen's contact details (prefilled from the callback), in one form
 * that books through the citizen's own booking service — the citizen gets the usual confirmation.
 */
@ApiExcludeController()
@UseFilters(PageErrorsFilter)
@Controller('staff/hotline/opkald/:reference/besoeg')
export class VisitPageController {
  constructor(
    private readonly pages: StaffPages,
    private readonly visits: HotlineVisits,
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
    const place = typeof query.sted === 'string' ? query.sted : undefined;
    const errors =
      place !== undefined && !PLACE_CODE.test(place)
        ? [{ field: 'sted', message: HOTLINE_TEXTS[this.pages.language(request)].placeMissing }]
        : undefined;
    await this.show(request, reply, reference, {
      place: errors ? undefined : place,
      day: pickerDay(query.dag),
      chosen: pickedTime(query.tid),
      errors,
      status: errors && 400,
    });
  }

  @Post()
  @StaffPage([...HOTLINE_ROLES])
  @UseGuards(CsrfGuard)
  async book(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('reference') reference: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const language = this.pages.language(request);
    const t = HOTLINE_TEXTS[language];
    const visit = await this.visits.fromCall(reference, request.staff!);
    if (visit.booked) return this.pages.redirect(request, reply, callPath(visit.callback.reference));
    const place = formText(body?.sted, 40);
    const chosen = pickedTime(body?.tid);
    const citizen = citizenFields(body);
    const shown: Shown = { place, day: pickerDay(body?.dag), chosen, citizen: citizen.shown };
    const check = await checkBooking(
      { triage: visit.ticket.id, location: place, start: chosen ?? '' },
      citizen.shown,
      // The booking's language is the citizen's (their confirmation), not the adviser's page.
      visit.callback.language,
    );
    if (!check.ok) {
      // The form's own fields and words: the time is a choice, the contact fields are the citizen's.
      const errors = [
        ...(check.brokenChoice.length > 0 ? [{ field: TIME_FIELD, message: t.noTime }] : []),
        ...check.problems.map(({ field, problem }) => ({
          field: `citizen-${field}`,
          message: t.contactProblems[problem],
        })),
      ];
      return this.show(request, reply, reference, { ...shown, errors, status: 400 });
    }
    const form = { dto: check.dto };
    let booked;
    try {
      booked = await this.visits.book(visit, form.dto);
    } catch (error) {
      const slot = error instanceof SlotTakenError || error instanceof SlotNotOfferedError;
      const errors = slot
        ? [{ field: TIME_FIELD, message: t.slotGone }]
        : errorAtField(error, TIME_FIELD, language);
      return this.show(request, reply, reference, { ...shown, errors, status: statusOf(error) });
    }
    await this.audit.record(request.staff!.id, 'callback.book-visit', {
      bookings: [formatReference(visit.callback.reference), booked.reference],
      objects: [place.toUpperCase()],
    });
    this.pages.redirect(request, reply, callPath(visit.callback.reference));
  }

  private async show(
    request: StaffPageRequest,
    reply: FastifyReply,
    reference: string,
    shown: Shown,
  ): Promise<void> {
    const language = this.pages.language(request);
    const t = HOTLINE_TEXTS[language];
    const visit = await this.visits.fromCall(reference, request.staff!);
    const back = callPath(visit.callback.reference);
    if (visit.booked) return this.pages.redirect(request, reply, back);
    const self = `${back}/besoeg`;
    const base = { title: t.visitTitle, t, back, self, errors: shown.errors, status: shown.status };
    const times = shown.place ? await this.times(visit, shown, self, language) : undefined;
    if (!times) {
      const now = this.clock.now();
      const places = (await this.visits.places(visit.ticket)).map((entry, index) => ({
        id: index === 0 ? 'sted' : `sted-${entry.location.code}`,
        value: entry.location.code,
        label: `${entry.location.name} (${
          entry.first === undefined
            ? t.placeNone
            : t.placeFirst(momentForPeople(new Date(entry.first), entry.location.timeZone, language, now))
        })`,
        checked: false,
      }));
      return this.pages.render(request, reply, 'staff/hotline/visit-place', {
        ...base,
        callback: {
          name: visit.callback.citizenName ?? t.noName,
          errand: visit.ticket.errand.name[language],
        },
        places,
        switchTo: { path: self },
      });
    }
    const c = visit.callback;
    await this.pages.render(request, reply, 'staff/hotline/visit-time', {
      ...base,
      callback: { name: c.citizenName ?? t.noName, errand: visit.ticket.errand.name[language] },
      place: times.place,
      day: shown.day,
      picker: times.picker,
      citizen: shown.citizen ?? {
        name: c.citizenName ?? '',
        email: c.citizenEmail ?? '',
        phone: c.citizenPhone ?? '',
        sms: c.smsReminders,
      },
      switchTo: { path: self, query: { sted: times.place.code, dag: shown.day } },
    });
  }

  /** The place's free times as the picker shows them; undefined when the place cannot take the errand. */
  private async times(visit: VisitFromCall, shown: Shown, self: string, language: 'da' | 'en') {
    const now = this.clock.now();
    const today = DateTime.fromJSDate(now, { zone: 'Europe/Copenhagen' }).toISODate()!;
    const window = pickerWindow(today, this.settings.get('BOOKING_HORIZON_DAYS'), shown.day);
    const found = await this.visits.freeTimes(visit.ticket, shown.place!, window);
    if (!found) return undefined;
    const place = found.location;
    const picker = toTimePickerView({
      days: pickerDays(found.days),
      zone: place.timeZone,
      language,
      now,
      selectedDate: shown.day,
      chosen: shown.chosen,
      dayHref: (date) => pageHref(self, language, { sted: place.code, dag: date }),
      earlier: window.earlier,
      later: window.later,
    });
    return { place: { code: place.code, name: place.name, address: place.address }, picker };
  }
}
