import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Adviser } from './adviser.entity.js';

@Entity({ name: 'absences' })
@Index('ix_absences_adviser', ['adviserId', 'startsAt'])
@Check('ck_absences_period', 'starts_at < ends_at')
export class Absence {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_absences' })
  id: string;

  @Column('uuid')
  adviserId: string;

  @ManyToOne(() => Adviser, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'adviser_id', foreignKeyConstraintName: 'fk_absences_adviser' })
  adviser: Relation<Adviser>;

  @Column('timestamptz')
  startsAt: Date;

  @Column('timestamptz')
  endsAt: Date;

  @Column('text')
  reason: string;
}
