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
 * Closed days of one location, or of all locations when `locationId` is null. Dates inclusive; with
 * `closedFrom`/`closedTo`, closed only between those local times on each of the days.
 */
@Entity({ name: 'closures' })
@Index('ix_closures_period', ['startsOn', 'endsOn'])
@Check('ck_closures_period', 'starts_on <= ends_on')
@Check(
  'ck_closures_hours',
  '(closed_from IS NULL) = (closed_to IS NULL) AND (closed_from IS NULL OR closed_from < closed_to)',
)
export class Closure {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_closures' })
  id: string;

  @Column('uuid', { nullable: true })
  locationId: string | null;

  @ManyToOne(() => Location, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'location_id', foreignKeyConstraintName: 'fk_closures_location' })
  location: Relation<Location> | null;

  @Column('date')
  startsOn: string;

  @Column('date')
  endsOn: string;

  @Column('text')
  reason: string;

  /** Local time ("HH:mm:ss") the closure begins on each day; null: all day. */
  @Column('time', { nullable: true })
  closedFrom: string | null;

  @Column('time', { nullable: true })
  closedTo: string | null;
}
