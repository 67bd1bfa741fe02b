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
import { Location } from '../../locations/entities/location.entity.js';
import { Adviser } from './adviser.entity.js';

/**
 * An adviser's weekly working time at a location, in the location's local time. As with opening
 * hours, rows with a validity period replace the adviser's open-ended rows on the dates they cover.
 */
@Entity({ name: 'working_times' })
@Index('ix_working_times_adviser', ['adviserId'])
@Index('ix_working_times_location', ['locationId'])
@Check('ck_working_times_weekday', 'weekday BETWEEN 1 AND 7')
@Check('ck_working_times_times', 'starts < ends')
@Check('ck_working_times_validity', 'valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to')
export class WorkingTime {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_working_times' })
  id: string;

  @Column('uuid')
  adviserId: string;

  @ManyToOne(() => Adviser, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'adviser_id', foreignKeyConstraintName: 'fk_working_times_adviser' })
  adviser: Relation<Adviser>;

  @Column('uuid')
  locationId: string;

  @ManyToOne(() => Location, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'location_id', foreignKeyConstraintName: 'fk_working_times_location' })
  location: Relation<Location>;

  @Column('smallint')
  weekday: number;

  @Column('time')
  starts: string;

  @Column('time')
  ends: string;

  @Column('date', { nullable: true })
  validFrom: string | null;

  @Column('date', { nullable: true })
  validTo: string | null;
}
