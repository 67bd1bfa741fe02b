import { Controller, Get, Post, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AuditLog } from '../../../audit/audit-log.service.js';
import { feedLink } from '../../../common/dto/feed-link.dto.js';
import { SettingsService } from '../../../config/settings.service.js';
import { StaffingService } from '../../../staffing/staffing.service.js';
import { CsrfGuard } from '../../page/csrf.js';
import { PageErrorsFilter } from '../../page/page-errors.filter.js';
import { StaffPage, type StaffPageRequest } from '../session/staff-page.guard.js';
import { StaffPages } from '../staff-pages.service.js';
import { AdviserDayPage } from './adviser-day-page.service.js';
import { CALENDAR_TEXTS } from './calendar.texts.js';

/**
 * The adviser's calendar feed: make a secret subscription URL, or replace it (the old one stops
 * working). Only the token's hash is stored, so the URL is shown once, in the answer to the POST
 * that made it — never in a URL of its own, a log or a Referer (the page sends none). Reloading
 * that answer asks the browser to post again, which makes yet another link: harmless, and said.
 */
@ApiExcludeController()
@UseFilters(PageErrorsFilter)
@Controller('staff/raadgiver/kalender')
export class CalendarPageController {
  constructor(
    private readonly pages: StaffPages,
    private readonly dayPage: AdviserDayPage,
    private readonly staffing: StaffingService,
    private readonly settings: SettingsService,
    private readonly audit: AuditLog,
  ) {}

  /** PUBLIC_BASE_URL when set: a forged Host header must not write the URL a calendar keeps. */
  private origin(request: StaffPageRequest): string {
    return this.settings.get('PUBLIC_BASE_URL') ?? `${request.protocol}://${request.host}`;
  }

  @Get()
  @StaffPage(['adviser'])
  async page(@Req() request: StaffPageRequest, @Res() reply: FastifyReply): Promise<void> {
    const adviserId = request.staff!.adviserId;
    if (!adviserId) return this.dayPage.notAnAdviser(request, reply);
    await this.show(request, reply, { hasLink: await this.staffing.hasFeedToken(adviserId) });
  }

  @Post()
  @StaffPage(['adviser'])
  @UseGuards(CsrfGuard)
  async rotate(@Req() request: StaffPageRequest, @Res() reply: FastifyReply): Promise<void> {
    const staff = request.staff!;
    if (!staff.adviserId) return this.dayPage.notAnAdviser(request, reply);
    const token = await this.staffing.rotateFeedToken(staff.adviserId);
    await this.audit.record(staff.id, 'adviser.calendar-token', { objects: [staff.adviserId] });
    const feedUrl = `${this.origin(request)}${feedLink('advisers', staff.adviserId, token).url}`;
    await this.show(request, reply, { hasLink: true, feedUrl });
  }

  private async show(
    request: StaffPageRequest,
    reply: FastifyReply,
    view: { hasLink: boolean; feedUrl?: string },
  ): Promise<void> {
    const t = CALENDAR_TEXTS[this.pages.language(request)];
    // The secret in the page: never kept by a cache, never sent on as a Referer.
    void reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
    await this.pages.render(request, reply, 'staff/adviser/calendar', {
      title: t.title,
      t,
      ...view,
      back: '/staff/raadgiver',
      switchTo: { path: '/staff/raadgiver/kalender' },
    });
  }
}
