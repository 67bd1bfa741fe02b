import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A POST /bookings answer kept for replay under its Idempotency-Key: the key only as a hash, the
 * answer sealed with a key derived from it (booking-secrets.ts), written by book_visit().
 */
@Entity({ name: 'idempotency_records' })
@Index('ix_idempotency_records_created_at', ['createdAt'])
export class IdempotencyRecord {
  @PrimaryColumn('bytea', { primaryKeyConstraintName: 'pk_idempotency_records' })
  keyHash: Buffer;

  @Column('bytea')
  requestHash: Buffer;

  @Column('integer', { nullable: true })
  statusCode: number | null;

  @Column('bytea', { nullable: true })
  response: Buffer | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
