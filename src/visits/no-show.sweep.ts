import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { SettingsService } from '../config/settings.service.js';
import { startIntervalJob, stopIntervalJob } from '../common/jobs/interval-job.js';
import { VisitsService } from './visits.service.js';

const JOB = 'no-show-sweep';

/**
 * Every NO_SHOW_SWEEP_SECONDS each API instance marks overdue bookings as no-shows. The sweep is
 * one conditional UPDATE, so instances running it at the same time never mark a row twice; no
 * leader election or job queue is needed (@nestjs/schedule only provides the timer).
 */
@Injectable()
export class NoShowSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('NoShowSweep');

  constructor(
    private readonly visits: VisitsService,
    private readonly settings: SettingsService,
    private readonly scheduler: SchedulerRegistry,
  ) {}

  onApplicationBootstrap(): void {
    const seconds = this.settings.get('NO_SHOW_SWEEP_SECONDS');
    if (seconds > 0)
      startIntervalJob(this.scheduler, JOB, seconds * 1000, this.logger, () => this.visits.markNoShows());
  }

  onApplicationShutdown(): void {
    stopIntervalJob(this.scheduler, JOB);
  }
}
