import { Injectable, Logger } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { HourlySweep } from '../../common/jobs/hourly-sweep.js';
import { SettingsService } from '../../config/settings.service.js';
import { StaffSessions } from './staff-sessions.service.js';

/** Hourly, ended page sessions go: nobody can resume them, and they say who worked when. */
@Injectable()
export class StaffSessionsSweep extends HourlySweep {
  constructor(
    private readonly sessions: StaffSessions,
    settings: SettingsService,
    scheduler: SchedulerRegistry,
  ) {
    super('staff-session-retention', new Logger('Retention'), settings, scheduler);
  }

  async run(): Promise<number> {
    const deleted = await this.sessions.deleteEnded();
    if (deleted > 0) this.logger.log({ deleted }, 'ended staff sessions deleted');
    return deleted;
  }
}
