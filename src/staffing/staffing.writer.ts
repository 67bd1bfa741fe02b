import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { RecordNotFoundError } from '../common/errors/domain-error.js';
import { overlappingRows } from '../common/time/weekly-rules.js';
import { ErrandsService } from '../errands/errands.service.js';
import type { AbsenceDto, AdviserDto, CreateAdviserDto, WorkingTimeDto } from './dto/adviser-admin.dto.js';
import { Absence } from './entities/absence.entity.js';
import { Adviser, AdviserErrand } from './entities/adviser.entity.js';
import { WorkingTime } from './entities/working-time.entity.js';
import { OverlappingWorkingTimesError } from './staffing.errors.js';

/** A weekly working-time row with its location already resolved to an id. */
export type WorkingTimeRow = Omit<WorkingTimeDto, 'location'> & { locationId: string };

/**
 * The only writer of advisers, the errands they handle, their working time and absences. Methods
 * that take an EntityManager run inside the caller's transaction (the admin's guarded change).
 */
@Injectable()
export class StaffingWriter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly errands: ErrandsService,
  ) {}

  async createAdviser(
    dto: Omit<CreateAdviserDto, 'cancelBookings'>,
    within?: EntityManager,
  ): Promise<string> {
    return (within ?? this.dataSource.manager).transaction(async (manager) => {
      const adviser = await manager.save(Adviser, {
        name: dto.name,
        email: dto.email.toLowerCase(),
        active: dto.active ?? true,
      });
      await this.setErrands(manager, adviser.id, dto.errands ?? []);
      return adviser.id;
    });
  }

  async updateAdviser(
    manager: EntityManager,
    id: string,
    dto: Omit<AdviserDto, 'cancelBookings'>,
  ): Promise<void> {
    const { errands, ...fields } = dto;
    if (Object.keys(fields).length > 0)
      await manager.update(
        Adviser,
        { id },
        { ...fields, ...(fields.email && { email: fields.email.toLowerCase() }) },
      );
    if (errands) await this.setErrands(manager, id, errands);
  }

  async assertAdviserExists(id: string): Promise<void> {
    if (!(await this.dataSource.getRepository(Adviser).existsBy({ id })))
      throw new RecordNotFoundError('adviser', id);
  }

  /** Replaces the adviser's whole weekly pattern (rows with a validity period included). */
  async replaceWorkingTimes(
    manager: EntityManager,
    adviserId: string,
    times: WorkingTimeRow[],
  ): Promise<void> {
    const overlaps = overlappingRows(
      times.map((t) => ({
        ...t,
        from: t.starts,
        to: t.ends,
        validFrom: t.validFrom ?? null,
        validTo: t.validTo ?? null,
      })),
    );
    if (overlaps.length > 0) throw new OverlappingWorkingTimesError(overlaps);
    await manager.delete(WorkingTime, { adviserId });
    if (times.length === 0) return;
    await manager.insert(
      WorkingTime,
      times.map((time) => ({
        ...time,
        adviserId,
        validFrom: time.validFrom ?? null,
        validTo: time.validTo ?? null,
      })),
    );
  }

  async createAbsence(
    manager: EntityManager,
    adviserId: string,
    dto: Pick<AbsenceDto, 'startsAt' | 'endsAt' | 'reason'>,
  ): Promise<string> {
    // The adviser's booking lock (as book_visit() and handovers take it), held to the end of the
    // caller's transaction: a visit being handed to this adviser meanwhile waits, then sees the absence.
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1::uuid::text, 19))', [adviserId]);
    const absence = await manager.save(Absence, {
      adviserId,
      startsAt: new Date(dto.startsAt),
      endsAt: new Date(dto.endsAt),
      reason: dto.reason,
    });
    return absence.id;
  }

  /** Removing an absence can never break a booking. */
  async deleteAbsence(id: string): Promise<void> {
    const { affected } = await this.dataSource.getRepository(Absence).delete({ id });
    if (!affected) throw new RecordNotFoundError('absence', id);
  }

  private async setErrands(manager: EntityManager, adviserId: string, codes: string[]): Promise<void> {
    const ids = await this.errands.idsForCodes(codes, manager);
    await manager.delete(AdviserErrand, { adviserId });
    if (ids.length > 0)
      await manager.insert(
        AdviserErrand,
        ids.map((errandId) => ({ adviserId, errandId })),
      );
  }
}
