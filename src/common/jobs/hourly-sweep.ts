import type { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { SchedulerRegistry } from '@nestjs/schedule';
import type { SettingsService } from '../../config/settings.service.js';
import { startIntervalJob, stopIntervalJob } from './interval-job.js';

const HOUR_MS = 3_600_000;

/**
 * A clean-up every instance runs hourly (retention, expired records). Each sweep is one idempotent
 * statement or batch, so several instances running it is harmless. The sweeps share one switch
 * with the no-show sweep: NO_SHOW_SWEEP_SECONDS=0 turns background jobs off (tests).
 */
export abstract class HourlySweep implements OnApplicationBootstrap, OnApplicationShutdown {
  protected constructor(
    private readonly job: string,
    protected readonly logger: Logger,
    protected readonly settings: SettingsService,
    private readonly scheduler: SchedulerRegistry,
  ) {}

  /** One sweep; what it returns is for tests and callers, the timer ignores it. */
  abstract run(): Promise<unknown>;

  onApplicationBootstrap(): void {
    if (this.settings.get('NO_SHOW_SWEEP_SECONDS') > 0)
      startIntervalJob(this.scheduler, this.job, HOUR_MS, this.logger, () => this.run());
  }

  onApplicationShutdown(): void {
    stopIntervalJob(this.scheduler, this.job);
  }
}
