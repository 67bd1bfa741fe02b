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
import type { Outcome } from '../errand-definition.js';
import { Errand } from './errand.entity.js';
import type { TriageSource } from './triage-session.entity.js';
import { Location } from '../../locations/entities/location.entity.js';

/**
 * Expired triages, counted per Danish day, errand, channel, place and outcome by the triage
 * retention sweep (which marks each `counted_at`): the statistics add these to the triages not yet
 * counted, so a year's report reads day rows, and the rate survives the deletion of old unbooked
 * triages. Counters only, no personal data.
 */
@Entity({ name: 'triage_days' })
@Check('ck_triage_days_source', `source IN ('online', 'reception', 'phone')`)
@Check('ck_triage_days_outcome', `outcome IN ('self_service', 'visit', 'not_yet', 'elsewhere', 'callback')`)
@Check(
  'ck_triage_days_counts',
  `triages > 0 AND self_service_tried BETWEEN 0 AND triages AND booked BETWEEN 0 AND triages
   AND callback_booked BETWEEN 0 AND booked`,
)
@Index('uq_triage_days_place', ['day', 'errandId', 'source', 'locationId', 'outcome'], {
  unique: true,
  where: 'location_id IS NOT NULL',
})
@Index('uq_triage_days_no_place', ['day', 'errandId', 'source', 'outcome'], {
  unique: true,
  where: 'location_id IS NULL',
})
export class TriageDay {
  @PrimaryGeneratedColumn('increment', { primaryKeyConstraintName: 'pk_triage_days' })
  id: number;

  @Column('date')
  day: string;

  @Column('uuid')
  errandId: string;

  @ManyToOne(() => Errand, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'errand_id', foreignKeyConstraintName: 'fk_triage_days_errand' })
  errand: Relation<Errand>;

  @Column('text')
  source: TriageSource;

  @Column('uuid', { nullable: true })
  locationId: string | null;

  @ManyToOne(() => Location, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'location_id', foreignKeyConstraintName: 'fk_triage_days_location' })
  location: Relation<Location> | null;

  @Column('text')
  outcome: Outcome;

  @Column('integer')
  triages: number;

  /** Of these, how many self-service triages came back "I could not do it myself". */
  @Column('integer')
  selfServiceTried: number;

  /** Of these, how many have a booking (any, cancelled too); the place is that of the one not cancelled. */
  @Column('integer', { default: 0 })
  booked: number;

  /** Of those booked, how many booked a callback rather than a visit (the calls count on their own). */
  @Column('integer', { default: 0 })
  callbackBooked: number;
}
