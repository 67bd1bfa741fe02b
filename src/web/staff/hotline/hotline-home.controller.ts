import { Controller, Get, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { DateTime } from 'luxon';
import type { FastifyReply } from 'fastify';
import { AuditLog } from '../../../audit/audit-log.service.js';
import { formatReference } from '../../../bookings/booking-secrets.js';
import { Clock } from '../../../common/clock/clock.js';
import { localDate } from '../../../common/time/local-date.js';
import { isLocalDate } from '../../../common/validation/patterns.js';
import { HotlineService } from '../../../hotline/hotline.service.js';
import { PageErrorsFilter } from '../../page/page-errors.filter.js';
import { dayForPeople } from '../../page/people-time.js';
import { StaffPage, type StaffPageRequest } from '../session/staff-page.guard.js';
import { StaffPages } from '../staff-pages.service.js';
import { HOTLINE_TEXTS } from './hotline.texts.js';
import { toCallbackRows } from './hotline.view.js';

export const HOTLINE_ROLES = ['hotline', 'admin'] as const;

const addDays = (date: string, days: number) =>
  DateTime.fromISO(date, { zone: 'utc' }).plus({ days }).toISODate()!;

/**
 * "Opkald i dag": the hotline place's callbacks today, in time order; `?dato=` for another day
 * (tomorrow's calls, say), `?sted=` for another hotline.
 */
@ApiExcludeController()
@UseFilters(PageErrorsFilter)
@Controller('staff/hotline')
export class HotlineHomeController {
  constructor(
    private readonly pages: StaffPages,
    private readonly hotline: HotlineService,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  @Get()
  @StaffPage([...HOTLINE_ROLES])
  async today(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Query() query: Record<string, unknown>,
  ): Promise<void> {
    const staff = request.staff!;
    const language = this.pages.language(request);
    const t = HOTLINE_TEXTS[language];
    const place = await this.hotline.place(staff, typeof query.sted === 'string' ? query.sted : undefined);
    const others = (await this.hotline.places(staff)).filter((other) => other.id !== place.id);
    const today = localDate(this.clock.now(), place.timeZone);
    const asked = query.dato;
    const badDate = asked !== undefined && !isLocalDate(asked);
    const date = badDate || asked === undefined ? today : (asked as string);
    const callbacks = await this.hotline.day(place, date);
    await this.audit.record(staff.id, 'callbacks.read', {
      bookings: callbacks.map((callback) => formatReference(callback.reference)),
      objects: [place.code],
    });
    const noon = DateTime.fromISO(`${date}T12:00`, { zone: place.timeZone }).toJSDate();
    const dayText = dayForPeople(noon, place.timeZone, language, this.clock.now());
    void reply.status(badDate ? 400 : 200);
    await this.pages.render(request, reply, 'staff/hotline/hotline', {
      // "Opkald i dag" only for today; another day's list names its day.
      title: date === today ? t.title : t.titleOnDay(dayText),
      t,
      heading: date === today ? t.heading(place.name) : t.headingOnDay(dayText, place.name),
      day: {
        isToday: date === today,
        text: date === today ? t.today(dayText) : t.onDay(dayText),
        previous: addDays(date, -1),
        next: addDays(date, 1),
        place: place.code,
      },
      errors: badDate ? [{ field: 'day-nav', message: t.badDate }] : undefined,
      rows: toCallbackRows(callbacks, language),
      others: others.map((other) => ({ name: other.name, code: other.code })),
      switchTo: { path: '/staff/hotline', query: { sted: place.code } },
    });
  }
}
