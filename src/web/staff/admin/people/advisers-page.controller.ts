import { Controller, Get, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { parseUuid } from '../../../../common/pipes/parse-uuid.js';
import { PageErrorsFilter } from '../../../page/page-errors.filter.js';
import { StaffPage, type StaffPageRequest } from '../../session/staff-page.guard.js';
import { StaffPages } from '../../staff-pages.service.js';
import { ADVISERS_TEXTS } from './advisers.texts.js';
import { toAbsenceRows, toAdviserPage, toAdvisersList } from './advisers.view.js';
import { PeopleChanges } from './people-changes.service.js';
import { PeoplePageData } from './people-page-data.service.js';
import { ADVISERS_PATH } from './people-paths.js';
import { STAFFING_ZONE } from '../../../../staffing/adviser-queries.service.js';

/** What a redirect after a change says on the adviser's page. */
function notice(query: Record<string, unknown>, t: (typeof ADVISERS_TEXTS)['da']) {
  const cancelled = Number(query.aflyst);
  const more = Number.isInteger(cancelled) && cancelled > 0 ? t.cancelled(cancelled) : undefined;
  if (query.gemt === 'arbejdstid') return { text: t.saved, more };
  if (query.slettet === 'fravaer') return { text: t.deleted };
  return undefined;
}

/** The advisers: every one with errands and places, and one adviser's working time and absences. */
@ApiExcludeController()
@UseFilters(PageErrorsFilter)
@StaffPage(['admin'])
@Controller(ADVISERS_PATH.slice(1))
export class AdvisersPageController {
  constructor(
    private readonly pages: StaffPages,
    private readonly data: PeoplePageData,
    private readonly changes: PeopleChanges,
  ) {}

  @Get()
  async list(@Req() request: StaffPageRequest, @Res() reply: FastifyReply): Promise<void> {
    const language = this.pages.language(request);
    const t = ADVISERS_TEXTS[language];
    const [advisers, absences, lookup] = await Promise.all([
      this.data.advisers.list(),
      this.data.advisers.absences({}),
      this.data.lookup(language),
    ]);
    await this.pages.render(request, reply, 'staff/admin/people/advisers', {
      title: t.title,
      back: '/staff/admin',
      t,
      advisers: toAdvisersList(advisers, lookup, language),
      absences: toAbsenceRows(absences, STAFFING_ZONE, language, this.data.now()),
    });
  }

  @Get(':id')
  async adviser(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('id', parseUuid('id')) id: string,
    @Query() query: Record<string, unknown>,
  ): Promise<void> {
    const language = this.pages.language(request);
    const t = ADVISERS_TEXTS[language];
    const [detail, lookup] = await Promise.all([
      this.changes.adviser(request.staff!, id),
      this.data.lookup(language),
    ]);
    const adviser = toAdviserPage(detail, lookup, language, this.data.now());
    await this.pages.render(request, reply, 'staff/admin/people/adviser', {
      title: adviser.name,
      back: ADVISERS_PATH,
      t,
      adviser,
      notice: notice(query, t),
    });
  }
}
