import { Controller, Get, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Clock } from '../../../common/clock/clock.js';
import { localDate } from '../../../common/time/local-date.js';
import { capacityCsv, selfServiceCsv, visitsCsv, waitingCsv } from '../../../stats/stats.csv.js';
import { StatsService } from '../../../stats/stats.service.js';
import type { SelfServiceDimension, StatsPeriod } from '../../../stats/stats.types.js';
import type { Language } from '../../../common/i18n/localized.js';
import { PageErrorsFilter } from '../../page/page-errors.filter.js';
import { StaffPage, type StaffPageRequest } from '../session/staff-page.guard.js';
import { StaffPages } from '../staff-pages.service.js';
import { readStatsFilter } from './stats-filter.js';
import { CSV_FILES, type CsvFile, STATS_PATH, STATS_ROLES, STATS_ZONE } from './stats-paths.js';

type PageQuery = Record<string, unknown>;

type CsvMaker = (
  stats: StatsService,
  period: StatsPeriod,
  by: SelfServiceDimension,
  language: Language,
) => Promise<string>;

/** Each file: the same report the page shows, through the stats API's own CSV writer. */
const MAKERS: Record<CsvFile, CsvMaker> = {
  selfService: async (stats, period, by, language) =>
    selfServiceCsv(await stats.selfService(period, by, language)),
  visits: async (stats, period, _by, language) => visitsCsv(await stats.visits(period, language)),
  waiting: async (stats, period, _by, language) => waitingCsv(await stats.waiting(period, language)),
  firstFree: async (stats, period, _by, language) =>
    waitingCsv(await stats.waiting(period, language, { everyDay: true }), 'first-free'),
  capacity: async (stats, period) => capacityCsv(await stats.capacity(period)),
};

/**
 * The page's numbers as CSV for the signed-in session: the API's /stats/*.csv want a bearer token,
 * which a browser on the pages does not hold. A filter with problems leads back to the page, whose
 * error summary says what is wrong.
 */
@ApiExcludeController()
@UseFilters(PageErrorsFilter)
@StaffPage(STATS_ROLES)
@Controller(STATS_PATH.slice(1))
export class StatsCsvController {
  constructor(
    private readonly pages: StaffPages,
    private readonly stats: StatsService,
    private readonly clock: Clock,
  ) {}

  @Get(`${CSV_FILES.selfService}.csv`)
  selfService(@Req() request: StaffPageRequest, @Res() reply: FastifyReply, @Query() query: PageQuery) {
    return this.send(request, reply, query, 'selfService');
  }

  @Get(`${CSV_FILES.visits}.csv`)
  visits(@Req() request: StaffPageRequest, @Res() reply: FastifyReply, @Query() query: PageQuery) {
    return this.send(request, reply, query, 'visits');
  }

  @Get(`${CSV_FILES.waiting}.csv`)
  waiting(@Req() request: StaffPageRequest, @Res() reply: FastifyReply, @Query() query: PageQuery) {
    return this.send(request, reply, query, 'waiting');
  }

  @Get(`${CSV_FILES.firstFree}.csv`)
  firstFree(@Req() request: StaffPageRequest, @Res() reply: FastifyReply, @Query() query: PageQuery) {
    return this.send(request, reply, query, 'firstFree');
  }

  @Get(`${CSV_FILES.capacity}.csv`)
  capacity(@Req() request: StaffPageRequest, @Res() reply: FastifyReply, @Query() query: PageQuery) {
    return this.send(request, reply, query, 'capacity');
  }

  private async send(request: StaffPageRequest, reply: FastifyReply, query: PageQuery, file: CsvFile) {
    const language = this.pages.language(request);
    const today = localDate(this.clock.now(), STATS_ZONE);
    const { filter, errors } = readStatsFilter(query, today, language);
    if (!filter.period || errors.length > 0)
      return this.pages.redirect(request, reply, STATS_PATH, filter.form);
    const csv = await MAKERS[file](this.stats, filter.period, filter.by, language);
    const { from, to } = filter.period;
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${CSV_FILES[file]}-${from}-${to}.csv"`)
      .header('cache-control', 'no-store')
      .send(csv);
  }
}
