import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
} from 'typeorm';
import { Errand } from '../../errands/entities/errand.entity.js';

/** A citizen adviser (borgerrådgiver): a staff record. */
@Entity({ name: 'advisers' })
@Unique('uq_advisers_email', ['email'])
export class Adviser {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_advisers' })
  id: string;

  @Column('text')
  name: string;

  @Column('text')
  email: string;

  @Column('boolean', { default: true })
  active: boolean;

  /** SHA-256 of the secret calendar-feed token; rotating it makes the old feed URL answer 404. */
  @Column('bytea', { nullable: true, select: false })
  feedTokenHash: Buffer | null;
}

/** The errands an adviser handles. */
@Entity({ name: 'adviser_errands' })
@Index('ix_adviser_errands_errand', ['errandId'])
export class AdviserErrand {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_adviser_errands' })
  adviserId: string;

  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_adviser_errands' })
  errandId: string;

  @ManyToOne(() => Adviser, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'adviser_id', foreignKeyConstraintName: 'fk_adviser_errands_adviser' })
  adviser: Relation<Adviser>;

  @ManyToOne(() => Errand, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'errand_id', foreignKeyConstraintName: 'fk_adviser_errands_errand' })
  errand: Relation<Errand>;
}
