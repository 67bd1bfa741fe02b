import { Injectable, Logger } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import type { DataSource } from 'typeorm';
import { Clock } from '../common/clock/clock.js';
import { loggableError } from '../common/errors/all-exceptions.filter.js';
import { HourlySweep } from '../common/jobs/hourly-sweep.js';
import { localDate } from '../common/time/local-date.js';
import { SettingsService } from '../config/settings.service.js';
import { AvailabilityService } from './availability.service.js';

/** The statistics count days as Danish calendar days, wherever a place is. */
const STATS_ZONE = 'Europe/Copenhagen';

/** After start-up, not during it: the first requests come first. */
const START_DELAY_MS = 15_000;

const DAY_TAKEN_SQL = 'SELECT 1 FROM first_free_days WHERE day = $1 LIMIT 1';
const ERRANDS_SQL = 'SELECT id, visit_minutes FROM errands WHERE active ORDER BY code';
/** The whole day's measurement in one statement: a second instance racing this one adds nothing. */
const INSERT_SQL = `
INSERT INTO first_free_days (day, errand_id, location_id, days, measured_at)
SELECT $1::date, r.errand_id, r.location_id, r.days, $2
FROM jsonb_to_recordset($3::jsonb) AS r(errand_id uuid, location_id uuid, days integer)
ON CONFLICT (day, errand_id, location_id) DO NOTHING
RETURNING 1`;

interface Measurement {
  errand_id: string;
  location_id: string;
  days: number | null;
}

/**
 * "How long until the first free time?" measured, not estimated: the first run of each Danish day
 * (hourly, and once after start-up) asks availability — with the same rules a citizen gets, minimum notice and booking
 * horizon included — for every active errand's first free time at every place that serves it, and
 * keeps the answer in whole days (null: nothing free within the horizon). Later runs that day see
 * the day taken and stop after one indexed lookup. Cost: one schedule query per active errand
 * (~20) once a day.
 */
@Injectable()
export class FirstFreeSnapshotJob extends HourlySweep {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly availability: AvailabilityService,
    private readonly clock: Clock,
    settings: SettingsService,
    scheduler: SchedulerRegistry,
  ) {
    super('first-free-snapshot', new Logger('FirstFreeSnapshot'), settings, scheduler);
  }

  private startRun: NodeJS.Timeout | undefined;

  /**
   * Also once shortly after start-up: an instance restarted more often than hourly (deploys) would
   * otherwise never measure, and the day's measurement stays near its beginning.
   */
  override onApplicationBootstrap(): void {
    super.onApplicationBootstrap();
    if (this.settings.get('NO_SHOW_SWEEP_SECONDS') === 0) return;
    this.startRun = setTimeout(() => {
      this.run().catch((error: unknown) =>
        this.logger.warn({ err: loggableError(error) }, 'first-free measurement failed'),
      );
    }, START_DELAY_MS);
    this.startRun.unref();
  }

  override onApplicationShutdown(): void {
    clearTimeout(this.startRun);
    super.onApplicationShutdown();
  }

  /** Returns the Danish day and how many measurements this run stored (0 when the day was taken). */
  async run(): Promise<{ day: string; written: number }> {
    const now = this.clock.now();
    const day = localDate(now, STATS_ZONE);
    const taken = await this.dataSource.query<unknown[]>(DAY_TAKEN_SQL, [day]);
    if (taken.length > 0) return { day, written: 0 };
    const measurements = await this.measure(day);
    const inserted = await this.dataSource.query<unknown[]>(INSERT_SQL, [
      day,
      now,
      JSON.stringify(measurements),
    ]);
    const written = inserted.length;
    if (written > 0) this.logger.log({ day, written }, 'first free times measured');
    return { day, written };
  }

  private async measure(day: string): Promise<Measurement[]> {
    const errands = await this.dataSource.query<{ id: string; visit_minutes: number }[]>(ERRANDS_SQL);
    const searchDays = this.settings.get('BOOKING_HORIZON_DAYS') + 1;
    const measurements: Measurement[] = [];
    for (const errand of errands) {
      const places = await this.availability.firstFreeByLocation(
        { errandId: errand.id, minutes: errand.visit_minutes },
        searchDays,
      );
      for (const place of places) {
        const first = place.first === undefined ? undefined : localDate(new Date(place.first), STATS_ZONE);
        measurements.push({
          errand_id: errand.id,
          location_id: place.location.id,
          days: first === undefined ? null : daysBetween(day, first),
        });
      }
    }
    return measurements;
  }
}

function daysBetween(from: string, to: string): number {
  return Math.round(
    DateTime.fromISO(to, { zone: 'UTC' }).diff(DateTime.fromISO(from, { zone: 'UTC' }), 'days').days,
  );
}
