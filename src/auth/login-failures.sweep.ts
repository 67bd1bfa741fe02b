import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Clock } from '../common/clock/clock.js';
import { startIntervalJob, stopIntervalJob } from '../common/jobs/interval-job.js';
import { SettingsService } from '../config/settings.service.js';

const JOB = 'login-failure-retention';
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * Failed sign-ins hold e-mail and client addresses: hourly, every instance deletes those whose last
 * failure is more than a day old (by then no wait depends on them any more). Idempotent, so several
 * instances running it is harmless.
 */
@Injectable()
export class LoginFailuresSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Retention');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: SettingsService,
    private readonly scheduler: SchedulerRegistry,
    private readonly clock: Clock,
  ) {}

  /** Returns how many rows were deleted, per e-mail and per address. */
  async run(): Promise<{ emails: number; addresses: number }> {
    const cutoff = new Date(this.clock.now().getTime() - DAY_MS);
    const [, emails] = await this.dataSource.query<[unknown, number]>(
      'DELETE FROM login_failures WHERE last_failure_at < $1',
      [cutoff],
    );
    const [, addresses] = await this.dataSource.query<[unknown, number]>(
      'DELETE FROM login_failures_by_ip WHERE last_failure_at < $1',
      [cutoff],
    );
    if (emails + addresses > 0) this.logger.log({ emails, addresses }, 'old login failures deleted');
    return { emails, addresses };
  }

  onApplicationBootstrap(): void {
    // The sweeps share one switch: NO_SHOW_SWEEP_SECONDS=0 turns background jobs off (tests).
    if (this.settings.get('NO_SHOW_SWEEP_SECONDS') > 0)
      startIntervalJob(this.scheduler, JOB, HOUR_MS, this.logger, () => this.run());
  }

  onApplicationShutdown(): void {
    stopIntervalJob(this.scheduler, JOB);
  }
}
