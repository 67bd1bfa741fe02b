import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
} from 'typeorm';
import { Adviser } from '../../staffing/entities/adviser.entity.js';

/** `stats`: the municipality's numbers (GET /stats, the statistics page), nothing about citizens. */
export const ROLES = ['admin', 'reception', 'adviser', 'stats', 'hotline'] as const;
export type Role = (typeof ROLES)[number];

/** A person who works in Borgerservice and signs in; one person may have several roles. */
@Entity({ name: 'staff_accounts' })
@Unique('uq_staff_accounts_email', ['email'])
@Unique('uq_staff_accounts_adviser', ['adviserId'])
@Check(
  'ck_staff_accounts_roles',
  `cardinality(roles) > 0 AND roles <@ ARRAY['admin', 'reception', 'adviser', 'stats', 'hotline']::text[]`,
)
@Check('ck_staff_accounts_email', 'email = lower(email)')
export class StaffAccount {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_staff_accounts' })
  id: string;

  @Column('text')
  email: string;

  @Column('text')
  name: string;

  /** argon2id (PHC string with its own salt and parameters). */
  @Column('text', { select: false })
  passwordHash: string;

  @Column('text', { array: true })
  roles: Role[];

  /** The adviser record of a staff member with the adviser role. */
  @Column('uuid', { nullable: true })
  adviserId: string | null;

  @OneToOne(() => Adviser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'adviser_id', foreignKeyConstraintName: 'fk_staff_accounts_adviser' })
  adviser: Relation<Adviser> | null;

  @Column('boolean', { default: true })
  active: boolean;

  /** Goes up when the password changes or is reset, or the account is deactivated: older tokens end. */
  @Column('integer', { default: 0 })
  tokenVersion: number;

  /** Signed in with a one-time password: every endpoint but the password change answers 403. */
  @Column('boolean', { default: false })
  mustChangePassword: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
