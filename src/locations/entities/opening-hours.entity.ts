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
import { Location } from './location.entity.js';

/**
 * Weekly opening hours. Rows with a validity period (summer hours, the citizen bus's event days)
 * replace the open-ended rows of their location on the dates they cover.
 */
@Entity({ name: 'opening_hours' })
@Index('ix_opening_hours_location', ['locationId'])
@Check('ck_opening_hours_weekday', 'weekday BETWEEN 1 AND 7')
@Check('ck_opening_hours_times', 'opens < closes')
@Check('ck_opening_hours_validity', 'valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to')
export class OpeningHours {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_opening_hours' })
  id: string;

  @Column('uuid')
  locationId: string;

  @ManyToOne(() => Location, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'location_id', foreignKeyConstraintName: 'fk_opening_hours_location' })
  location: Relation<Location>;

  /** ISO weekday, 1 = Monday. */
  @Column('smallint')
  weekday: number;

  @Column('time')
  opens: string;

  @Column('time')
  closes: string;

  @Column('date', { nullable: true })
  validFrom: string | null;

  @Column('date', { nullable: true })
  validTo: string | null;
}
