import { Injectable, Logger } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Clock } from '../common/clock/clock.js';
import { HourlySweep } from '../common/jobs/hourly-sweep.js';
import { SettingsService } from '../config/settings.service.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/**
 * Sessions per statement, and statements per run. Deleting a session makes PostgreSQL check that
 * no booking refers to it (the foreign key), and bookings have no index on triage_id alone: with
 * 100,000 bookings that check took ~6 ms a row, so a batch stays well inside the statement
 * timeout. A backlog (the first run on a large database) clears over a few hourly runs.
 */
const BATCH = 50;
const BATCHES_PER_RUN = 40;

/** Adds a batch's day counts to triage_days: one statement per partial unique index. */
const rollUp = (withPlace: boolean) => `
  INSERT INTO triage_days (day, errand_id, source, location_id, outcome, triages, self_service_tried)
  SELECT day, errand_id, source, location_id, outcome, count(*), count(*) FILTER (WHERE tried)
  FROM gone WHERE location_id IS ${withPlace ? 'NOT NULL' : 'NULL'}
  GROUP BY day, errand_id, source, location_id, outcome
  ON CONFLICT (day, errand_id, source, ${withPlace ? 'location_id, ' : ''}outcome)
    WHERE location_id IS ${withPlace ? 'NOT NULL' : 'NULL'}
  DO UPDATE SET triages = triage_days.triages + excluded.triages,
                self_service_tried = triage_days.self_service_tried + excluded.self_service_tried`;

/**
 * Expired, old triages nobody booked with, counted into triage_days in the same statement: a
 * triage is either still stored or counted there, never both and never neither, so the statistics
 * add the two without counting anything twice (an instance racing this one finds the rows gone and
 * neither deletes nor counts them). The day is the Danish calendar day the triage was made, as
 * the statistics count stored triages. Reads bookings only to leave alone the triages they refer
 * to (the foreign key refuses their deletion anyway); an expired triage can no longer be booked,
 * so no booking can appear for one while it is deleted.
 */
const DELETE_UNBOOKED_SQL = `
WITH gone AS (
  DELETE FROM triage_sessions WHERE id IN (
    SELECT t.id FROM triage_sessions t
    WHERE t.created_at < $1 AND t.expires_at < $2
      AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.triage_id = t.id)
    ORDER BY t.created_at
    LIMIT $3)
  RETURNING (created_at AT TIME ZONE 'Europe/Copenhagen')::date AS day, errand_id, source, location_id,
    outcome, self_service_tried_at IS NOT NULL AS tried
),
placed AS (${rollUp(true)}),
unplaced AS (${rollUp(false)})
SELECT count(*)::int AS deleted FROM gone`;

/**
 * Anyone may POST /triage, so stored triages must not grow without bound: hourly, every instance
 * deletes the triages older than TRIAGE_RETENTION_DAYS that led to no booking. They hold no
 * personal data; the statistics keep them as day counts (triage_days). Several instances running
 * it at once is harmless.
 */
@Injectable()
export class TriageRetentionSweep extends HourlySweep {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    settings: SettingsService,
    scheduler: SchedulerRegistry,
    private readonly clock: Clock,
  ) {
    super('triage-retention', new Logger('TriageRetention'), settings, scheduler);
  }

  /** Returns how many triages were deleted. */
  async run(): Promise<{ deleted: number }> {
    const now = this.clock.now();
    const cutoff = new Date(now.getTime() - this.settings.get('TRIAGE_RETENTION_DAYS') * DAY_MS);
    let deleted = 0;
    for (let batch = 0; batch < BATCHES_PER_RUN; batch++) {
      const [{ deleted: count }] = await this.dataSource.query<{ deleted: number }[]>(DELETE_UNBOOKED_SQL, [
        cutoff,
        now,
        BATCH,
      ]);
      deleted += count;
      if (count < BATCH) break;
    }
    if (deleted > 0) this.logger.log({ deleted }, 'old triages deleted');
    return { deleted };
  }
}
