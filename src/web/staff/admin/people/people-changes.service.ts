import { Injectable } from '@nestjs/common';
import { type AbsenceVisits, AbsenceVisitsService } from '../../../../admin/absence-visits.service.js';
import type { AbsenceChangeResponse } from '../../../../admin/dto/absence-visits.dto.js';
import { AdminService } from '../../../../admin/admin.service.js';
import { AuditLog } from '../../../../audit/audit-log.service.js';
import type {
  CreateStaffAccountDto,
  OneTimePasswordResponse,
  StaffAccountResponse,
  UpdateStaffAccountDto,
} from '../../../../auth/dto/staff-accounts.dto.js';
import type { StaffPrincipal } from '../../../../auth/roles.decorator.js';
import { StaffAccountsService } from '../../../../auth/staff-accounts.service.js';
import type { GuardedResult } from '../../../../bookings/booking-guard.service.js';
import { RecordNotFoundError } from '../../../../common/errors/domain-error.js';
import {
  type AbsenceRow,
  AdviserQueries,
  type AdviserDetail,
} from '../../../../staffing/adviser-queries.service.js';
import type { AbsenceDto, WorkingTimesDto } from '../../../../staffing/dto/adviser-admin.dto.js';
import { StaffingWriter } from '../../../../staffing/staffing.writer.js';

/**
 * The people pages' reads of personal data and their changes: the same services and the same
 * audit actions as the admin API. A change's row is written once it has gone through — a form
 * shown again with problems changed nothing and leaves none.
 */
@Injectable()
export class PeopleChanges {
  constructor(
    private readonly admin: AdminService,
    private readonly absences: AbsenceVisitsService,
    private readonly advisers: AdviserQueries,
    private readonly staffingWriter: StaffingWriter,
    private readonly accounts: StaffAccountsService,
    private readonly audit: AuditLog,
  ) {}

  /** An adviser with their absences (reasons such as illness): audited as the API's read. */
  async adviser(staff: StaffPrincipal, id: string): Promise<AdviserDetail> {
    const detail = await this.advisers.detail(id);
    await this.audit.record(staff.id, 'adviser.read', { objects: [id] });
    return detail;
  }

  /** An absence of this adviser with its visits; 404 when it is another adviser's. */
  async absence(staff: StaffPrincipal, adviserId: string, absenceId: string): Promise<AbsenceVisits> {
    await this.absenceOf(adviserId, absenceId);
    const visits = await this.absences.overview(absenceId);
    await this.audit.record(staff.id, 'absence.read', {
      bookings: [...visits.moved, ...visits.notMoved].map((visit) => visit.reference),
      objects: [absenceId],
    });
    return visits;
  }

  async replaceWorkingTimes(
    staff: StaffPrincipal,
    adviserId: string,
    dto: WorkingTimesDto,
    cancel?: { reason: string },
  ): Promise<GuardedResult<string>> {
    const result = await this.admin.replaceWorkingTimes(
      adviserId,
      { ...dto, cancelBookings: !!cancel },
      cancel?.reason,
    );
    await this.audit.record(staff.id, 'adviser.working-times', {
      bookings: result.cancelled.map((booking) => booking.reference),
      objects: [adviserId],
    });
    return result;
  }

  /** Records the absence and hands its visits to free colleagues (each move audited on its own). */
  async recordAbsence(
    staff: StaffPrincipal,
    adviserId: string,
    dto: AbsenceDto,
  ): Promise<AbsenceChangeResponse> {
    const result = await this.absences.record(adviserId, { ...dto, moveVisits: true }, staff.id);
    await this.audit.record(staff.id, 'absence.create', {
      bookings: [...(result.moved ?? []), ...(result.notMoved ?? [])].map((visit) => visit.reference),
      objects: [adviserId, result.id!],
    });
    return result;
  }

  async moveAgain(staff: StaffPrincipal, adviserId: string, absenceId: string): Promise<AbsenceVisits> {
    await this.absenceOf(adviserId, absenceId);
    const result = await this.absences.moveAgain(absenceId, staff.id);
    await this.audit.record(staff.id, 'absence.move-visits', { objects: [absenceId] });
    return result;
  }

  async cancelLeft(
    staff: StaffPrincipal,
    adviserId: string,
    absenceId: string,
    reason: string,
  ): Promise<AbsenceVisits> {
    await this.absenceOf(adviserId, absenceId);
    const result = await this.absences.cancelLeft(absenceId, reason);
    await this.audit.record(staff.id, 'absence.cancel-visits', {
      bookings: result.cancelled.map((visit) => visit.reference),
      objects: [absenceId],
    });
    return result;
  }

  async deleteAbsence(staff: StaffPrincipal, adviserId: string, absenceId: string): Promise<void> {
    await this.absenceOf(adviserId, absenceId);
    await this.staffingWriter.deleteAbsence(absenceId);
    await this.audit.record(staff.id, 'absence.delete', { objects: [absenceId] });
  }

  async createAccount(staff: StaffPrincipal, dto: CreateStaffAccountDto): Promise<OneTimePasswordResponse> {
    const account = await this.accounts.create(dto);
    await this.audit.record(staff.id, 'staff.create', { objects: [account.id] });
    return account;
  }

  async updateAccount(
    staff: StaffPrincipal,
    id: string,
    dto: UpdateStaffAccountDto,
  ): Promise<StaffAccountResponse> {
    const account = await this.accounts.update(id, dto, staff);
    await this.audit.record(staff.id, 'staff.update', { objects: [id] });
    return account;
  }

  async resetPassword(staff: StaffPrincipal, id: string): Promise<OneTimePasswordResponse> {
    const account = await this.accounts.resetPassword(id);
    await this.audit.record(staff.id, 'staff.password-reset', { objects: [id] });
    return account;
  }

  private async absenceOf(adviserId: string, absenceId: string): Promise<AbsenceRow> {
    const absence = await this.advisers.absence(absenceId);
    if (absence.adviserId !== adviserId) throw new RecordNotFoundError('absence', absenceId);
    return absence;
  }
}
