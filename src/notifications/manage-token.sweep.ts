import { Injectable, Logger } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Clock } from '../common/clock/clock.js';
import { HourlySweep } from '../common/jobs/hourly-sweep.js';
import { SettingsService } from '../config/settings.service.js';
import { forgetOldTokens, MANAGE_TOKEN_TTL_MS } from './outbox.store.js';

/**
 * The worker forgets stale manage tokens before each run; this does it hourly on every instance
 * also when none sends (NOTIFICATIONS_POLL_SECONDS=0 everywhere), so no token waits for ever.
 */
@Injectable()
export class ManageTokenSweep extends HourlySweep {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    settings: SettingsService,
    scheduler: SchedulerRegistry,
    private readonly clock: Clock,
  ) {
    super('outbox-manage-tokens', new Logger('Notifications'), settings, scheduler);
  }

  /** Returns how many tokens were erased. */
  async run(): Promise<{ erased: number }> {
    const before = new Date(this.clock.now().getTime() - MANAGE_TOKEN_TTL_MS);
    return { erased: await forgetOldTokens(this.dataSource, before) };
  }
}
