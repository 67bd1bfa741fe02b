import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { StaffAccount } from '../entities/staff-account.entity.js';

/** A signed-in browser on the staff pages; the cookie holds the value, the table only its hash. */
@Entity({ name: 'staff_sessions' })
@Index('ix_staff_sessions_account', ['accountId'])
@Index('ix_staff_sessions_expires', ['expiresAt'])
@Check('ck_staff_sessions_hash', 'octet_length(token_hash) = 32')
export class StaffSession {
  @PrimaryColumn('bytea', { primaryKeyConstraintName: 'pk_staff_sessions' })
  tokenHash: Buffer;

  @Column('uuid')
  accountId: string;

  @ManyToOne(() => StaffAccount, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'fk_staff_sessions_account' })
  account: Relation<StaffAccount>;

  /** The account's token version at sign-in: a password change or deactivation ends the session. */
  @Column('integer')
  tokenVersion: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz')
  lastSeenAt: Date;

  /** The absolute end, however active the session is. */
  @Column('timestamptz')
  expiresAt: Date;
}
