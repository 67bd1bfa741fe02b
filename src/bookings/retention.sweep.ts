import { Injectable, Logger } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Clock } from '../common/clock/clock.js';
import { SettingsService } from '../config/settings.service.js';
import { HourlySweep } from '../common/jobs/hourly-sweep.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Replays are only useful while a client may still retry its request. */
const IDEMPOTENCY_RECORD_DAYS = 1;

/**
 * Every free text of a booking: what the citizen gave (name, e-mail, phone) and the cancel and move
 * reasons, which hold their circumstances ("I am in hospital"). What the statistics need
 * (errand, place, times, status, outcome) stays.
 */
const ERASE_CITIZENS_SQL = `
UPDATE bookings SET citizen_name = NULL, citizen_email = NULL, citizen_phone = NULL, cancel_reason = NULL,
                    move_reason = NULL, citizen_email_normalized = NULL, citizen_phone_normalized = NULL
WHERE ends_at < $1
  AND (citizen_name IS NOT NULL OR citizen_email IS NOT NULL OR citizen_phone IS NOT NULL
       OR cancel_reason IS NOT NULL OR move_reason IS NOT NULL)`;

/**
 * Personal data is kept only as long as it is needed: hourly, every instance erases the citizen's
 * name, contact and cancel/move reasons from bookings that ended PERSONAL_DATA_RETENTION_DAYS ago, and
 * drops stored idempotent answers (which hold them too) after a day. Both statements are
 * idempotent, so several instances running them is harmless.
 */
@Injectable()
export class RetentionSweep extends HourlySweep {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    settings: SettingsService,
    scheduler: SchedulerRegistry,
    private readonly clock: Clock,
  ) {
    super('personal-data-retention', new Logger('Retention'), settings, scheduler);
  }

  /** Returns how many bookings were anonymised and idempotency records deleted. */
  async run(): Promise<{ anonymised: number; replaysDeleted: number }> {
    const now = this.clock.now().getTime();
    const bookingCutoff = new Date(now - this.settings.get('PERSONAL_DATA_RETENTION_DAYS') * DAY_MS);
    const [, anonymised] = await this.dataSource.query<[unknown, number]>(ERASE_CITIZENS_SQL, [
      bookingCutoff,
    ]);
    const [, replaysDeleted] = await this.dataSource.query<[unknown, number]>(
      'DELETE FROM idempotency_records WHERE created_at < $1',
      [new Date(now - IDEMPOTENCY_RECORD_DAYS * DAY_MS)],
    );
    if (anonymised + replaysDeleted > 0)
      this.logger.log({ anonymised, replaysDeleted }, 'personal data erased');
    return { anonymised, replaysDeleted };
  }
}
