import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One staff action on personal data or the municipality's set-up: who, what, when and on which
 * bookings and objects. Never personal data itself; no foreign keys, so that it outlives accounts.
 */
@Entity({ name: 'audit_events' })
@Index('ix_audit_events_occurred_at', ['occurredAt'])
@Index('ix_audit_events_actor', ['actorId', 'occurredAt'])
@Index('ix_audit_events_action', ['action', 'occurredAt'])
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_audit_events' })
  id: string;

  @Column('timestamptz')
  occurredAt: Date;

  /** The staff account that acted. */
  @Column('uuid')
  actorId: string;

  /** What it did, e.g. `arrivals.read`, `staff.create`. */
  @Column('text')
  action: string;

  /** References of the bookings read or changed. */
  @Column('text', { array: true })
  bookings: string[];

  /** Ids or codes of the other objects concerned (a location, an account, an errand). */
  @Column('text', { array: true })
  objects: string[];
}
