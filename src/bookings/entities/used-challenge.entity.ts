import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A booking challenge that has been used, by its signature: the primary key makes a second use
 * fail on every API instance. book_visit() writes it with the booking; the retention sweep forgets
 * it once the challenge has expired (an expired challenge is refused anyway).
 */
@Entity({ name: 'used_challenges' })
@Index('ix_used_challenges_expires_at', ['expiresAt'])
export class UsedChallenge {
  @PrimaryColumn('bytea', { primaryKeyConstraintName: 'pk_used_challenges' })
  signature: Buffer;

  @Column('timestamptz')
  expiresAt: Date;
}
