import { Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock/clock.js';
import type { FastifyReply } from 'fastify';
import type { PageView } from '../page/pages.service.js';
import { Pages } from '../page/pages.service.js';
import { STAFF_LAYOUT_TEXTS, type StaffLayoutTexts } from './layout/staff-layout.texts.js';
import { type NavItem, staffNav } from './layout/staff-nav.js';
import type { StaffPageRequest } from './session/staff-page.guard.js';

/** What the staff layout receives as `it.staff`. */
export interface StaffContext {
  t: StaffLayoutTexts;
  name: string;
  nav: NavItem[];
  /** Seconds until the session ends without activity; the warning comes two minutes before. */
  idleSeconds: number;
}

/**
 * Renders a staff page (src/web/staff) inside the staff layout: the design system's header with the
 * signed-in name and "Log ud", a menu of the account's areas, and the idle warning. Templates use
 * `<% layout('/staff/layout/staff-layout', it) %>`.
 */
@Injectable()
export class StaffPages {
  constructor(
    private readonly pages: Pages,
    private readonly clock: Clock,
  ) {}

  language(request: StaffPageRequest) {
    return this.pages.language(request);
  }

  async render(
    request: StaffPageRequest,
    reply: FastifyReply,
    template: string,
    view: PageView,
  ): Promise<void> {
    const t = STAFF_LAYOUT_TEXTS[this.pages.language(request)];
    const staff: StaffContext | undefined = request.staff && {
      t,
      name: request.staff.name,
      nav: staffNav(request.staff.roles, new URL(request.url, 'http://page.invalid').pathname, t),
      idleSeconds: request.staffSession
        ? Math.max(
            0,
            Math.round((request.staffSession.idleEndsAt.getTime() - this.clock.now().getTime()) / 1000),
          )
        : 0,
    };
    await this.pages.render(request, reply, template, { service: t.service, ...view, staff, staffT: t });
  }

  redirect(
    request: StaffPageRequest,
    reply: FastifyReply,
    path: string,
    query?: Record<string, string | undefined>,
  ) {
    this.pages.redirect(request, reply, path, query);
  }
}
