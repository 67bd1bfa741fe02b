import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Errand } from '../../errands/entities/errand.entity.js';
import { Location } from '../../locations/entities/location.entity.js';

/**
 * How far ahead the first free time of an errand at a place was, measured on the first snapshot of
 * a Danish day (FirstFreeSnapshotJob): what a citizen looking that morning would have been offered.
 * A measurement, not a calculation: the schedule and bookings of that morning are not kept.
 */
@Entity({ name: 'first_free_days' })
@Check('ck_first_free_days_days', 'days IS NULL OR days >= 0')
export class FirstFreeDay {
  @PrimaryColumn('date', { primaryKeyConstraintName: 'pk_first_free_days' })
  day: string;

  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_first_free_days' })
  errandId: string;

  @ManyToOne(() => Errand, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'errand_id', foreignKeyConstraintName: 'fk_first_free_days_errand' })
  errand: Relation<Errand>;

  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_first_free_days' })
  locationId: string;

  @ManyToOne(() => Location, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'location_id', foreignKeyConstraintName: 'fk_first_free_days_location' })
  location: Relation<Location>;

  /** Whole days from `day` to the first free time; null when nothing was free within the booking horizon. */
  @Column('integer', { nullable: true })
  days: number | null;

  @Column('timestamptz')
  measuredAt: Date;
}
