import { Controller, Get, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Clock } from '../../../common/clock/clock.js';
import { localDate } from '../../../common/time/local-date.js';
import { StatsService } from '../../../stats/stats.service.js';
import { PageErrorsFilter } from '../../page/page-errors.filter.js';
import { StaffPage, type StaffPageRequest } from '../session/staff-page.guard.js';
import { StaffPages } from '../staff-pages.service.js';
import { byOptions, filterQuery, readStatsFilter } from './stats-filter.js';
import { STATS_PATH, STATS_ROLES, STATS_ZONE } from './stats-paths.js';
import { STATS_TEXTS } from './stats.texts.js';
import { csvLinks, toStatsSections } from './views/stats-page.view.js';

/**
 * The municipality's numbers for the stats role (and admins): self-service against the target,
 * visits, waiting and capacity, each as a chart and as a table with the same numbers.
 */
@ApiExcludeController()
@UseFilters(PageErrorsFilter)
@StaffPage(STATS_ROLES)
@Controller(STATS_PATH.slice(1))
export class StatsPageController {
  constructor(
    private readonly pages: StaffPages,
    private readonly stats: StatsService,
    private readonly clock: Clock,
  ) {}

  @Get()
  async page(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Query() query: Record<string, unknown>,
  ): Promise<void> {
    const language = this.pages.language(request);
    const t = STATS_TEXTS[language];
    const today = localDate(this.clock.now(), STATS_ZONE);
    const { filter, errors } = readStatsFilter(query, today, language);
    const period = filter.period;
    const sections = period
      ? toStatsSections(
          await Promise.all([
            this.stats.selfService(period, filter.by, language),
            this.stats.visits(period, language),
            this.stats.waiting(period, language),
            this.stats.capacity(period),
          ]),
          language,
        )
      : undefined;
    await this.pages.render(request, reply, 'staff/stats/stats', {
      title: t.title,
      t,
      errors,
      path: STATS_PATH,
      form: { ...filter.form, by: byOptions(filter, language) },
      sections,
      csv: period ? csvLinks(filterQuery(filter), language) : undefined,
    });
  }
}
