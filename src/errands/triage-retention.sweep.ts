import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Clock } from '../common/clock/clock.js';
import { startIntervalJob, stopIntervalJob } from '../common/jobs/interval-job.js';
import { SettingsService } from '../config/settings.service.js';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
const JOB = 'triage-retention';
/** Often enough that the statistics' live part stays about TRIAGE_TTL_HOURS of triages. */
const EVERY_MS = 10 * MINUTE_MS;
/**
 * A triage is counted this long after it expired, not at once: a booking or an "I could not"
 * checked against an instance's clock just before expiry may still be committing (statement
 * timeout 1.5 s), and instances' clocks differ a little.
 */
const SETTLE_MS = 10 * MINUTE_MS;
/** Triages counted per statement, and statements per run: a backlog clears over a few runs. */
const COUNT_BATCH = 500;
const DELETE_BATCH = 200;
const BATCHES_PER_RUN = 40;
/**
 * The deletion walks back from the cutoff in windows of this size, and only as far as it must:
 * booked triages stay, and walking a year of them on every run cost ~880 ms. See `clearBelow`.
 */
const DELETE_WINDOW_MS = 7 * DAY_MS;

/** Adds a batch's counts to triage_days: one statement per partial unique index. */
const addTo = (withPlace: boolean) => `
  INSERT INTO triage_days (day, errand_id, source, location_id, outcome, triages, self_service_tried, booked,
    callback_booked)
  SELECT day, errand_id, source, location_id, outcome, count(*), count(*) FILTER (WHERE tried),
    count(*) FILTER (WHERE booked), count(*) FILTER (WHERE callback)
  FROM counted WHERE location_id IS ${withPlace ? 'NOT NULL' : 'NULL'}
  GROUP BY day, errand_id, source, location_id, outcome
  ON CONFLICT (day, errand_id, source, ${withPlace ? 'location_id, ' : ''}outcome)
    WHERE location_id IS ${withPlace ? 'NOT NULL' : 'NULL'}
  DO UPDATE SET triages = triage_days.triages + excluded.triages,
                self_service_tried = triage_days.self_service_tried + excluded.self_service_tried,
                booked = triage_days.booked + excluded.booked,
                callback_booked = triage_days.callback_booked + excluded.callback_booked`;

/**
 * Counts expired triages into triage_days and marks them counted, in one statement: a triage is
 * either uncounted (counted_at IS NULL: the statistics read it live) or in triage_days, never both
 * and never neither. After expiry its own columns no longer change and no booking can be made with
 * it, so its counts are final; its place (reception: where it was made, else its booking's that is
 * not cancelled) is fixed now too, and so is whether that booking is a callback (no station: a
 * visit triage that booked the callback offered instead counts on neither side of the rate; the
 * call's outcome does). Rows another instance is counting are skipped (SKIP LOCKED), and
 * one it has counted fails `counted_at IS NULL` on the re-check, so nothing is counted twice.
 * The day is the Danish calendar day the triage was made. $1 expired before, $2 batch, $3 now.
 */
const COUNT_SQL = `
WITH picked AS (
  SELECT t.id FROM triage_sessions t
  WHERE t.counted_at IS NULL AND t.expires_at < $1
  ORDER BY t.expires_at
  LIMIT $2
  FOR NO KEY UPDATE SKIP LOCKED
),
marked AS (
  UPDATE triage_sessions t SET counted_at = $3
  FROM picked WHERE t.id = picked.id AND t.counted_at IS NULL
  RETURNING t.id, t.created_at, (t.created_at AT TIME ZONE 'Europe/Copenhagen')::date AS day, t.errand_id, t.source,
    t.location_id, t.outcome, t.self_service_tried_at IS NOT NULL AS tried
),
counted AS (
  SELECT m.day, m.errand_id, m.source, m.outcome, m.tried,
    coalesce(m.location_id, active.location_id) AS location_id,
    EXISTS (SELECT 1 FROM bookings b WHERE b.triage_id = m.id) AS booked,
    coalesce(active.callback, false) AS callback
  FROM marked m
  LEFT JOIN LATERAL (SELECT b.location_id, b.station_id IS NULL AS callback FROM bookings b
                     WHERE b.triage_id = m.id AND b.status <> 'cancelled' LIMIT 1) active ON true
),
placed AS (${addTo(true)}),
unplaced AS (${addTo(false)})
SELECT count(*)::int AS counted, min(created_at) AS oldest FROM marked`;

/**
 * Counted triages made in [$2, $1) that no booking refers to: already in triage_days, so deleting
 * them changes no statistic. $3 batch.
 */
const DELETE_SQL = `
WITH gone AS (
  DELETE FROM triage_sessions WHERE counted_at IS NOT NULL AND id IN (
    SELECT t.id FROM triage_sessions t
    WHERE t.created_at < $1 AND t.created_at >= $2 AND t.counted_at IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.triage_id = t.id)
    ORDER BY t.created_at
    LIMIT $3
    FOR UPDATE SKIP LOCKED)
  RETURNING 1
)
SELECT count(*)::int AS deleted FROM gone`;

/**
 * Every 10 minutes, every instance counts the expired triages into the statistics' day counts
 * (triage_days) and deletes those older than TRIAGE_RETENTION_DAYS that led to no booking: anyone
 * may POST /triage, so stored triages must not grow without bound. They hold no personal data.
 * Several instances running it at once is harmless. NO_SHOW_SWEEP_SECONDS=0 turns it off (tests).
 */
@Injectable()
export class TriageRetentionSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('TriageRetention');
  /**
   * Before this instant, this instance has deleted every counted triage without a booking (null:
   * not yet, so its first run walks all history). A run then only needs to look from here to the
   * cutoff, and back to the oldest triage it counted itself (a counting backlog).
   */
  private clearBelow: number | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: SettingsService,
    private readonly scheduler: SchedulerRegistry,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    if (this.settings.get('NO_SHOW_SWEEP_SECONDS') > 0)
      startIntervalJob(this.scheduler, JOB, EVERY_MS, this.logger, () => this.run());
  }

  onApplicationShutdown(): void {
    stopIntervalJob(this.scheduler, JOB);
  }

  /** Returns how many triages were counted and how many deleted. */
  async run(): Promise<{ counted: number; deleted: number }> {
    const now = this.clock.now();
    const { counted, oldest } = await this.count(now);
    const deleted = await this.deleteOld(now, oldest);
    if (counted > 0 || deleted > 0) this.logger.log({ counted, deleted }, 'triages counted and deleted');
    return { counted, deleted };
  }

  private async count(now: Date): Promise<{ counted: number; oldest: Date | null }> {
    const expiredBefore = new Date(now.getTime() - SETTLE_MS);
    let counted = 0;
    let oldest: Date | null = null;
    for (let batch = 0; batch < BATCHES_PER_RUN; batch++) {
      const done = await this.first<{ counted: number; oldest: Date | null }>(COUNT_SQL, [
        expiredBefore,
        COUNT_BATCH,
        now,
      ]);
      counted += done.counted;
      if (done.oldest && (!oldest || done.oldest < oldest)) oldest = done.oldest;
      if (done.counted < COUNT_BATCH) break;
    }
    return { counted, oldest };
  }

  /** Window by window back from the cutoff to where this instance knows all is deleted. */
  private async deleteOld(now: Date, oldestCounted: Date | null): Promise<number> {
    const cutoff = now.getTime() - this.settings.get('TRIAGE_RETENTION_DAYS') * DAY_MS;
    let from = this.clearBelow ?? (await this.oldestStored()) ?? cutoff;
    if (oldestCounted) from = Math.min(from, oldestCounted.getTime());
    let deleted = 0;
    // Only full batches count against the limit: an empty window is one cheap statement.
    let full = 0;
    for (let to = cutoff; to > from && full < BATCHES_PER_RUN; to -= DELETE_WINDOW_MS) {
      const window = [new Date(to), new Date(Math.max(from, to - DELETE_WINDOW_MS)), DELETE_BATCH];
      let count: number;
      do {
        count = (await this.first<{ deleted: number }>(DELETE_SQL, window)).deleted;
        deleted += count;
      } while (count === DELETE_BATCH && ++full < BATCHES_PER_RUN);
    }
    if (full < BATCHES_PER_RUN) this.clearBelow = cutoff;
    return deleted;
  }

  private async oldestStored(): Promise<number | null> {
    const { oldest } = await this.first<{ oldest: Date | null }>(
      'SELECT min(created_at) AS oldest FROM triage_sessions',
    );
    return oldest?.getTime() ?? null;
  }

  private async first<T>(sql: string, parameters: unknown[] = []): Promise<T> {
    const [row] = await this.dataSource.query<T[]>(sql, parameters);
    return row;
  }
}
