import { Injectable, Logger } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Clock } from '../common/clock/clock.js';
import { HourlySweep } from '../common/jobs/hourly-sweep.js';
import { SettingsService } from '../config/settings.service.js';

const HOUR_MS = 3_600_000;
/**
 * Kept this long past their expiry: API hosts' clocks may differ a little, and an instance whose
 * clock lags must still find a used challenge it would otherwise accept again.
 */
const GRACE_MS = HOUR_MS;

/**
 * Hourly, every instance forgets the used challenges that have expired (an expired challenge is
 * refused before it is looked up). One DELETE; several instances running it is harmless.
 */
@Injectable()
export class UsedChallengesSweep extends HourlySweep {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    settings: SettingsService,
    scheduler: SchedulerRegistry,
    private readonly clock: Clock,
  ) {
    super('used-challenges', new Logger('UsedChallenges'), settings, scheduler);
  }

  /** Returns how many used challenges were forgotten. */
  async run(): Promise<number> {
    const cutoff = new Date(this.clock.now().getTime() - GRACE_MS);
    const [, forgotten] = await this.dataSource.query<[unknown, number]>(
      'DELETE FROM used_challenges WHERE expires_at < $1',
      [cutoff],
    );
    return forgotten;
  }
}
