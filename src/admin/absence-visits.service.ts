import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditLog } from '../audit/audit-log.service.js';
import { type Period, VisitHandover } from '../bookings/visit-handover.service.js';
import { AdviserQueries, type AbsenceRow } from '../staffing/adviser-queries.service.js';
import type { AbsenceDto } from '../staffing/dto/adviser-admin.dto.js';
import { StaffingWriter } from '../staffing/staffing.writer.js';
import { toAffected, toVisitResponse } from './absence-visits.mapper.js';
import type { AbsenceChangeResponse, VisitResponse } from './dto/absence-visits.dto.js';

/** One audit row per visit handed over: bookings [reference], objects [absence, from, to]. */
export const VISIT_MOVED = 'absence.visit-moved';

/** Told to the citizen when an absence cancels a visit nobody could take over (API: cancelBookings). */
const CANCEL_REASON = 'Aflyst af Borgerservice, fordi rådgiveren er fraværende og ingen kollega er ledig';

export interface AbsenceVisits {
  absence: AbsenceRow;
  moved: VisitResponse[];
  notMoved: VisitResponse[];
  cancelled: VisitResponse[];
}

const periodOf = (absence: Pick<AbsenceRow, 'startsAt' | 'endsAt'>): Period => ({
  from: absence.startsAt,
  to: absence.endsAt,
});

/**
 * An adviser's absence and the visits it takes from them: recorded, then each visit handed to a
 * free colleague at the same time (VisitHandover; the citizen's time does not change), every move
 * audited. What nobody could take stays booked and listed, to be moved again later or cancelled
 * with a reason through the status writer.
 */
@Injectable()
export class AbsenceVisitsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly handover: VisitHandover,
    private readonly staffingWriter: StaffingWriter,
    private readonly advisers: AdviserQueries,
    private readonly audit: AuditLog,
  ) {}

  /**
   * Records the absence whatever visits it hits (they are moved or listed, never left unseen),
   * then hands them over; with `cancelBookings`, those left are cancelled.
   */
  async record(adviserId: string, dto: AbsenceDto, actorId: string): Promise<AbsenceChangeResponse> {
    await this.staffingWriter.assertAdviserExists(adviserId);
    const id = await this.dataSource.transaction((manager) =>
      this.staffingWriter.createAbsence(manager, adviserId, dto),
    );
    const period = { from: new Date(dto.startsAt), to: new Date(dto.endsAt) };
    const moved = await this.handOver(id, adviserId, period, actorId);
    const cancelled = dto.cancelBookings
      ? (await this.handover.cancelStillWith(adviserId, period, CANCEL_REASON)).map(toVisitResponse)
      : [];
    const notMoved = (await this.handover.stillWith(adviserId, period)).map(toVisitResponse);
    return { id, cancelledBookings: cancelled.map(toAffected), moved, notMoved };
  }

  /** The absence, the visits it moved (from the audit trail, as they are now) and those still left. */
  async overview(absenceId: string): Promise<AbsenceVisits> {
    const absence = await this.advisers.absence(absenceId);
    const references = await this.audit.bookingsOf(VISIT_MOVED, absenceId);
    const [moved, left] = await Promise.all([
      this.handover.withReferences(references),
      this.handover.stillWith(absence.adviserId, periodOf(absence)),
    ]);
    return {
      absence,
      moved: moved.map(toVisitResponse),
      notMoved: left.map(toVisitResponse),
      cancelled: [],
    };
  }

  /** Tries again for the visits still left (a colleague's time may have been added since). */
  async moveAgain(absenceId: string, actorId: string): Promise<AbsenceVisits> {
    const absence = await this.advisers.absence(absenceId);
    await this.handOver(absenceId, absence.adviserId, periodOf(absence), actorId);
    return this.overview(absenceId);
  }

  /** Cancels the visits still left with the reason the citizen is told. */
  async cancelLeft(absenceId: string, reason: string): Promise<AbsenceVisits> {
    const absence = await this.advisers.absence(absenceId);
    const cancelled = await this.handover.cancelStillWith(absence.adviserId, periodOf(absence), reason);
    return { ...(await this.overview(absenceId)), cancelled: cancelled.map(toVisitResponse) };
  }

  private async handOver(
    absenceId: string,
    adviserId: string,
    period: Period,
    actorId: string,
  ): Promise<VisitResponse[]> {
    const { moved } = await this.handover.handOver(adviserId, period);
    const visits: VisitResponse[] = [];
    for (const { booking, fromAdviserId } of moved) {
      const visit = toVisitResponse(booking);
      await this.audit.record(actorId, VISIT_MOVED, {
        bookings: [visit.reference],
        objects: [absenceId, fromAdviserId, booking.adviserId],
      });
      visits.push(visit);
    }
    return visits;
  }
}
