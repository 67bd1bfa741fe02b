import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Booking } from '../bookings/entities/booking.entity.js';
import { SettingsService } from '../config/settings.service.js';
import { insertPhoneVisitTriage, PHONE_VISIT_RULE } from '../errands/phone-triage.js';

const HOUR_MS = 3_600_000;

/**
 * "Skal møde op": the hotline adviser decides on the phone that the citizen needs a visit. That is
 * a triage of its own — source `phone`, outcome `visit`, the citizen's answers from the callback's
 * triage, at the hotline place — which the statistics count as the phone's, and which is the ticket
 * the visit is booked with. It is written with the callback's outcome, at the same instant (its
 * `created_at` is the callback's `completed_at`), which is how the call finds it again.
 */
@Injectable()
export class PhoneTriages {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: SettingsService,
  ) {}

  /** Inside the transaction that recorded `needs_visit` on the callback. */
  create(manager: EntityManager, callback: Booking, decidedAt: Date): Promise<string> {
    return insertPhoneVisitTriage(manager, {
      fromTriageId: callback.triageId,
      locationId: callback.locationId,
      language: callback.language,
      decidedAt,
      expiresAt: new Date(decidedAt.getTime() + this.settings.get('TRIAGE_TTL_HOURS') * HOUR_MS),
    });
  }

  /** The phone triage a `needs_visit` callback made (undefined for any other callback). */
  async of(callback: Booking): Promise<string | undefined> {
    if (callback.outcome !== 'needs_visit' || !callback.completedAt) return undefined;
    const [row] = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM triage_sessions
       WHERE source = 'phone' AND rule_key = $1 AND errand_id = $2 AND location_id = $3 AND created_at = $4
         AND answers = (SELECT answers FROM triage_sessions WHERE id = $5)
       ORDER BY id LIMIT 1`,
      [PHONE_VISIT_RULE, callback.errandId, callback.locationId, callback.completedAt, callback.triageId],
    );
    return row?.id;
  }

  /** The reference of the visit booked with the phone triage, if one is (not cancelled). */
  async bookedVisit(triageId: string): Promise<string | undefined> {
    const [row] = await this.dataSource.query<{ reference: string }[]>(
      `SELECT reference FROM bookings WHERE triage_id = $1 AND status <> 'cancelled' LIMIT 1`,
      [triageId],
    );
    return row?.reference;
  }
}
