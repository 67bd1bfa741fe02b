import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Clock } from '../common/clock/clock.js';
import type { AuditTargets } from './audit-targets.js';
import { AuditEvent } from './entities/audit-event.entity.js';

export interface AuditFilter {
  from?: Date;
  to?: Date;
  actor?: string;
  action?: string;
}

export interface AuditPage {
  events: AuditEvent[];
  total: number;
}

/** The audit trail: written after each audited action, read by admins. */
@Injectable()
export class AuditLog {
  constructor(
    @InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>,
    private readonly clock: Clock,
  ) {}

  async record(actorId: string, action: string, targets: Partial<AuditTargets> = {}): Promise<void> {
    await this.events.insert({
      occurredAt: this.clock.now(),
      actorId,
      action,
      bookings: targets.bookings ?? [],
      objects: targets.objects ?? [],
    });
  }

  /** Newest first; `from` inclusive, `to` exclusive. */
  async list(filter: AuditFilter, page: { offset: number; limit: number }): Promise<AuditPage> {
    const query = this.events.createQueryBuilder('event');
    if (filter.from) query.andWhere('event.occurredAt >= :from', { from: filter.from });
    if (filter.to) query.andWhere('event.occurredAt < :to', { to: filter.to });
    if (filter.actor) query.andWhere('event.actorId = :actor', { actor: filter.actor });
    if (filter.action) query.andWhere('event.action = :action', { action: filter.action });
    const [events, total] = await query
      .orderBy('event.occurredAt', 'DESC')
      .addOrderBy('event.id', 'ASC')
      .skip(page.offset)
      .take(page.limit)
      .getManyAndCount();
    return { events, total };
  }
}
