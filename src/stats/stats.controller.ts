import { Controller, Get, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Roles } from '../auth/roles.decorator.js';
import { ErrorResponse } from '../common/errors/error-response.js';
import { Lang } from '../common/i18n/language.js';
import type { Language } from '../common/i18n/localized.js';
import { capacityCsv, selfServiceCsv, visitsCsv, waitingCsv } from './stats.csv.js';
import {
  CapacityReportResponse,
  SelfServiceQuery,
  SelfServiceReportResponse,
  StatsQuery,
  VisitsReportResponse,
  WaitingCsvQuery,
  WaitingReportResponse,
} from './stats.dto.js';
import { StatsService } from './stats.service.js';
import type { StatsPeriod } from './stats.types.js';

const CSV = { description: 'The same numbers as the JSON, a header row and one row per line (UTF-8, CRLF).' };

function csv(reply: FastifyReply, name: string, period: StatsPeriod, body: string): string {
  void reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${name}-${period.from}-${period.to}.csv"`);
  return body;
}

/**
 * The municipality's numbers for staff with the `stats` role (or admins): counts and rates read
 * from stored rows, nothing about any citizen — which is why reading them is not audited. Each
 * report also as CSV. Periods are Danish days, both ends included, at most 400 days.
 */
@ApiTags('stats')
@ApiBearerAuth()
@ApiHeader({ name: 'Accept-Language', required: false, description: 'Labels in `da` (default) or `en`' })
@ApiUnauthorizedResponse({ type: ErrorResponse, description: '`AUTHENTICATION_REQUIRED`, `INVALID_TOKEN`' })
@ApiForbiddenResponse({ type: ErrorResponse, description: '`ROLE_REQUIRED`' })
@ApiBadRequestResponse({
  type: ErrorResponse,
  description: '`VALIDATION_FAILED`, `STATS_PERIOD_REVERSED`, `STATS_PERIOD_TOO_LONG`',
})
@Roles('stats', 'admin')
@Controller('stats')
export class StatsController {
  constructor(private readonly stats: StatsService) {}

  @Get('self-service')
  @ApiOperation({
    summary: 'Self-service rate against the target, per errand, place, channel, week or month',
    description:
      'Triages made in the period (those the retention sweep deleted included, as day counts), how they ended, ' +
      '"tried self-service, then booked", and the self-service links followed.',
  })
  @ApiOkResponse({ type: SelfServiceReportResponse })
  selfService(
    @Query() query: SelfServiceQuery,
    @Lang() language: Language,
  ): Promise<SelfServiceReportResponse> {
    return this.stats.selfService(
      this.stats.resolvePeriod(query.from, query.to),
      query.by ?? 'errand',
      language,
    );
  }

  @Get('self-service.csv')
  @ApiOperation({ summary: 'The self-service report as CSV (rows, then the total)' })
  @ApiProduces('text/csv')
  @ApiOkResponse(CSV)
  async selfServiceCsv(
    @Query() query: SelfServiceQuery,
    @Lang() language: Language,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const report = await this.selfService(query, language);
    return csv(reply, `selvbetjening-${report.by}`, report.period, selfServiceCsv(report));
  }

  @Get('visits')
  @ApiOperation({
    summary: 'Visits per errand: booked, walk-ins, checked in, cancelled, no-shows, outcomes',
    description: 'Visits whose start lies in the period, every status, with a total row.',
  })
  @ApiOkResponse({ type: VisitsReportResponse })
  visits(@Query() query: StatsQuery, @Lang() language: Language): Promise<VisitsReportResponse> {
    return this.stats.visits(this.stats.resolvePeriod(query.from, query.to), language);
  }

  @Get('visits.csv')
  @ApiOperation({ summary: 'The visits report as CSV (rows, then the total)' })
  @ApiProduces('text/csv')
  @ApiOkResponse(CSV)
  async visitsCsv(
    @Query() query: StatsQuery,
    @Lang() language: Language,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const report = await this.visits(query, language);
    return csv(reply, 'besoeg', report.period, visitsCsv(report));
  }

  @Get('waiting')
  @ApiOperation({
    summary: 'Check-in to call (median, 90th percentile) per place and day; days to the first free time',
    description:
      'The first free time, measured each morning per errand and place: summed up (`firstFreeSummary`), and ' +
      'every day (`firstFree`) for periods of at most 31 days — the CSV with `table=first-free` has every day.',
  })
  @ApiOkResponse({ type: WaitingReportResponse })
  waiting(@Query() query: StatsQuery, @Lang() language: Language): Promise<WaitingReportResponse> {
    return this.stats.waiting(this.stats.resolvePeriod(query.from, query.to), language);
  }

  @Get('waiting.csv')
  @ApiOperation({
    summary: 'The waiting report as CSV: the waits, or (table=first-free) the first free times',
  })
  @ApiProduces('text/csv')
  @ApiOkResponse(CSV)
  async waitingCsv(
    @Query() query: WaitingCsvQuery,
    @Lang() language: Language,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const table = query.table ?? 'waits';
    const period = this.stats.resolvePeriod(query.from, query.to);
    const report = await this.stats.waiting(period, language, { everyDay: table === 'first-free' });
    const name = table === 'waits' ? 'ventetid' : 'foerste-ledige-tid';
    return csv(reply, name, report.period, waitingCsv(report, table));
  }

  @Get('capacity')
  @ApiOperation({ summary: 'Station and adviser use per place and day: open, staffed and booked minutes' })
  @ApiOkResponse({ type: CapacityReportResponse })
  capacity(@Query() query: StatsQuery): Promise<CapacityReportResponse> {
    return this.stats.capacity(this.stats.resolvePeriod(query.from, query.to));
  }

  @Get('capacity.csv')
  @ApiOperation({ summary: 'The capacity report as CSV' })
  @ApiProduces('text/csv')
  @ApiOkResponse(CSV)
  async capacityCsv(
    @Query() query: StatsQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const report = await this.capacity(query);
    return csv(reply, 'kapacitet', report.period, capacityCsv(report));
  }
}
