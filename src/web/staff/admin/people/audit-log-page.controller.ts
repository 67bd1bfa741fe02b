import { Controller, Get, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AuditLog } from '../../../../audit/audit-log.service.js';
import { PageErrorsFilter } from '../../../page/page-errors.filter.js';
import { StaffPage, type StaffPageRequest } from '../../session/staff-page.guard.js';
import { StaffPages } from '../../staff-pages.service.js';
import { AUDIT_LOG_TEXTS } from './audit-log.texts.js';
import { filterFormView, PAGE_SIZE, pager, readAuditFilter, toAuditRows } from './audit-log.view.js';
import { PeoplePageData } from './people-page-data.service.js';
import { AUDIT_PATH } from './people-paths.js';

/** Accounts and advisers by id, places by id and code: what the log's objects are called. */
function objectNames(
  accounts: { id: string; name: string }[],
  advisers: { id: string; name: string }[],
  places: { id: string; code: string; name: string }[],
): Map<string, string> {
  return new Map([
    ...places.flatMap((place): [string, string][] => [
      [place.id, place.name],
      [place.code, place.name],
    ]),
    ...advisers.map((adviser): [string, string] => [adviser.id, adviser.name]),
    ...accounts.map((account): [string, string] => [account.id, account.name]),
  ]);
}

/** The audit trail, newest first, narrowed by days, action and staff member, 50 a page. */
@ApiExcludeController()
@UseFilters(PageErrorsFilter)
@StaffPage(['admin'])
@Controller(AUDIT_PATH.slice(1))
export class AuditLogPageController {
  constructor(
    private readonly pages: StaffPages,
    private readonly data: PeoplePageData,
    private readonly audit: AuditLog,
  ) {}

  @Get()
  async log(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Query() query: Record<string, unknown>,
  ): Promise<void> {
    const language = this.pages.language(request);
    const t = AUDIT_LOG_TEXTS[language];
    const { filter, errors } = await readAuditFilter(query, language);
    const [actions, accounts, advisers, places, found] = await Promise.all([
      this.audit.actions(),
      this.data.accounts.list(),
      this.data.advisers.list(),
      this.data.places(),
      errors.length > 0
        ? { events: [], total: 0 }
        : this.audit.list(
            { from: filter.from, to: filter.to, action: filter.action, actor: filter.actor },
            { offset: (filter.page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
          ),
    ]);
    await this.pages.render(request, reply, 'staff/admin/people/audit-log', {
      title: t.title,
      back: '/staff/admin',
      t,
      errors,
      filter: filterFormView(filter, actions, accounts, language),
      count: errors.length > 0 ? undefined : t.count(found.total),
      rows: toAuditRows(
        found.events,
        accounts,
        language,
        this.data.now(),
        objectNames(accounts, advisers, places),
      ),
      pager: pager(filter, found.total, language),
      path: AUDIT_PATH,
    });
  }
}
