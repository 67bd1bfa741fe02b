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
 * Failed sign-ins hold e-mail and client addresses: hourly, every instance deletes those whose last
 * failure is more than a day old (by then no wait depends on them any more). Idempotent, so several
 * instances running it is harmless.
 */
@Injectable()
export class LoginFailuresSweep extends HourlySweep {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    settings: SettingsService,
    scheduler: SchedulerRegistry,
    private readonly clock: Clock,
  ) {
    super('login-failure-retention', new Logger('Retention'), settings, scheduler);
  }

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
}
