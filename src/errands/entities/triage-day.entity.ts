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
 * What the triage retention sweep deleted, counted per Danish day, errand, channel, place and
 * outcome: the statistics add these to the triages still stored, so a year's self-service rate
 * survives the deletion. Counters only, no personal data.
 */
@Entity({ name: 'triage_days' })
@Check('ck_triage_days_source', `source IN ('online', 'reception', 'phone')`)
@Check('ck_triage_days_outcome', `outcome IN ('self_service', 'visit', 'not_yet', 'elsewhere')`)
@Check('ck_triage_days_counts', 'triages > 0 AND self_service_tried BETWEEN 0 AND triages')
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
}
