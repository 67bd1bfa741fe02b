import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/**
 * "Skal møde op": the visit a call decided is booked with the triage (source `phone`) the call made
 * (TriageService.decideVisitByPhone, linked from the callback as `phoneTriageId`). This finds the
 * visit booked with it, if any, so the call's page can link to it instead of offering to book again.
 */
@Injectable()
export class PhoneTriages {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The reference of the visit booked with the phone triage, if one is (not cancelled). */
  async bookedVisit(triageId: string): Promise<string | undefined> {
    const [row] = await this.dataSource.query<{ reference: string }[]>(
      `SELECT reference FROM bookings WHERE triage_id = $1 AND status <> 'cancelled' LIMIT 1`,
      [triageId],
    );
    return row?.reference;
  }
}
