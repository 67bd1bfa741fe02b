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

  /**
   * The actions the trail holds, alphabetically: one index probe per action (a skip scan over
   * ix_audit_events_action), not a pass over every row.
   */
  async actions(): Promise<string[]> {
    const rows = await this.events.query<{ action: string }[]>(`
      WITH RECURSIVE found AS (
        (SELECT action FROM audit_events ORDER BY action LIMIT 1)
        UNION ALL
        SELECT (SELECT e.action FROM audit_events e WHERE e.action > found.action ORDER BY e.action LIMIT 1)
        FROM found WHERE found.action IS NOT NULL
      )
      SELECT action FROM found WHERE action IS NOT NULL`);
    return rows.map((row) => row.action);
  }

  /** The booking references of `action` rows that name `object`, oldest first, each once. */
  async bookingsOf(action: string, object: string): Promise<string[]> {
    const rows = await this.events
      .createQueryBuilder('event')
      .select('event.bookings', 'bookings')
      .where('event.action = :action', { action })
      .andWhere(':object = ANY(event.objects)', { object })
      .orderBy('event.occurredAt', 'ASC')
      .getRawMany<{ bookings: string[] }>();
    return [...new Set(rows.flatMap((row) => row.bookings))];
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
