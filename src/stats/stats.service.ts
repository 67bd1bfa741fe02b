import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../common/clock/clock.js';
import type { Language } from '../common/i18n/localized.js';
import { localDate } from '../common/time/local-date.js';
import { SettingsService } from '../config/settings.service.js';
import { capacityDays, capacityRows } from './capacity-days.js';
import { bookedMinutes, capacityRules } from './capacity.query.js';
import { callbackCounts, clickCounts, selfServiceCounts } from './self-service.query.js';
import { selfServiceRows } from './self-service.rows.js';
import {
  daysInPeriod,
  FIRST_FREE_DAYS_MAX_PERIOD,
  periodDates,
  periodInstants,
  resolvePeriod,
  STATS_ZONE,
} from './stats-period.js';
import type {
  CapacityReport,
  SelfServiceDimension,
  SelfServiceReport,
  StatsPeriod,
  VisitsReport,
  WaitingReport,
} from './stats.types.js';
import { visitRows } from './visits.rows.js';
import { visitCounts } from './visits.query.js';
import { firstFreeCounts, firstFreeSummary, waitCounts } from './waiting.query.js';
import { waitingRows } from './waiting.rows.js';

/**
 * The municipality's numbers, read from stored rows (owns no tables, writes nothing). Each report
 * reads in one read-only REPEATABLE READ transaction, so its parts agree with each other, with
 * JIT off: these are scans and aggregates of a year at most, where compiling costs more than it
 * saves; with room to sort a year of waits in memory. Counts only — nothing about any citizen — so reading them is not audited.
 */
@Injectable()
export class StatsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly settings: SettingsService,
  ) {}

  /** See resolvePeriod: today is the clock's Danish day. */
  resolvePeriod(from?: string, to?: string): StatsPeriod {
    return resolvePeriod(localDate(this.clock.now(), STATS_ZONE), from, to);
  }

  async selfService(
    period: StatsPeriod,
    by: SelfServiceDimension,
    language: Language = 'da',
  ): Promise<SelfServiceReport> {
    const bounds = this.bounds(period);
    const { counts, calls, clicks, labels } = await this.read(async (db) => ({
      counts: await selfServiceCounts(db, by, bounds),
      calls: await callbackCounts(db, by, bounds),
      clicks: await clickCounts(db, period.from, period.to),
      labels: await this.labels(db, by),
    }));
    const { total, rows } = selfServiceRows(counts, calls, by, period, labels, language);
    return {
      period,
      by,
      targetPercent: this.settings.get('SELF_SERVICE_TARGET_PERCENT'),
      total,
      rows,
      clicks: clicks.map((click) => ({
        errand: click.errand,
        label: `${language === 'da' ? click.name_da : click.name_en}: ${
          (language === 'da' ? click.title_da : click.title_en) ?? click.option
        }`,
        option: click.option,
        clicks: click.clicks,
      })),
    };
  }

  async visits(period: StatsPeriod, language: Language = 'da'): Promise<VisitsReport> {
    const counts = await this.read((db) => visitCounts(db, periodInstants(period), this.clock.now()));
    return { period, ...visitRows(counts, language) };
  }

  /**
   * Waits per place and day, and the first free time measurements: summed up per errand and place,
   * and every day's for periods of at most FIRST_FREE_DAYS_MAX_PERIOD days or with `everyDay`.
   */
  async waiting(
    period: StatsPeriod,
    language: Language = 'da',
    options: { everyDay?: boolean } = {},
  ): Promise<WaitingReport> {
    const everyDay = options.everyDay === true || daysInPeriod(period) <= FIRST_FREE_DAYS_MAX_PERIOD;
    const { waits, firstFree, summary } = await this.read(async (db) => ({
      waits: await waitCounts(db, periodInstants(period)),
      firstFree: everyDay ? await firstFreeCounts(db, period.from, period.to) : [],
      summary: await firstFreeSummary(db, period.from, period.to),
    }));
    return { period, ...waitingRows(waits, firstFree, summary, language) };
  }

  async capacity(period: StatsPeriod): Promise<CapacityReport> {
    const bounds = this.bounds(period);
    const { rules, booked } = await this.read(async (db) => ({
      rules: await capacityRules(db, bounds),
      booked: await bookedMinutes(db, bounds),
    }));
    const days = capacityDays(rules, periodDates(period), this.settings.get('MUNICIPAL_CLOSED_DAYS'));
    return { period, rows: capacityRows(rules.locations, days, booked) };
  }

  private bounds(period: StatsPeriod) {
    return { ...periodInstants(period), firstDay: period.from, lastDay: period.to };
  }

  private read<T>(work: (db: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction('REPEATABLE READ', async (db) => {
      await db.query('SET TRANSACTION READ ONLY');
      await db.query('SET LOCAL jit = off');
      // A year of waits sorts in memory rather than on disk; statisticians are few.
      await db.query("SET LOCAL work_mem = '32MB'");
      // No parallel workers: they would take the other cores from citizens' requests, and on two
      // shared cores the year of visits was slower with them (p50 179 against 111 ms).
      await db.query('SET LOCAL max_parallel_workers_per_gather = 0');
      return work(db);
    });
  }

  /** Codes and names of errands or places, by id, for the dimensions keyed by id. */
  private async labels(
    db: EntityManager,
    by: SelfServiceDimension,
  ): Promise<Map<string, { code: string; da: string; en: string }>> {
    if (by !== 'errand' && by !== 'location') return new Map();
    const rows = await db.query<{ id: string; code: string; da: string; en: string }[]>(
      by === 'errand'
        ? 'SELECT id, code, name_da AS da, name_en AS en FROM errands'
        : 'SELECT id, code, name AS da, name AS en FROM locations',
    );
    return new Map(rows.map((row) => [row.id, row]));
  }
}
