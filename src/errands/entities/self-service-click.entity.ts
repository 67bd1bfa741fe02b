import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { Outcome } from '../errand-definition.js';
import { Errand } from './errand.entity.js';

/**
 * How many times citizens followed one self-service link on one day (Danish time), counted apart by
 * the triage outcome that showed it (doing the errand yourself, or preparing a visit). A counter
 * only: nothing about who clicked, not even which triage.
 */
@Entity({ name: 'self_service_clicks' })
@Check(
  'ck_self_service_clicks_outcome',
  `outcome IN ('self_service', 'visit', 'not_yet', 'elsewhere', 'callback')`,
)
@Check('ck_self_service_clicks_clicks', 'clicks > 0')
export class SelfServiceClick {
  @PrimaryColumn('date', { primaryKeyConstraintName: 'pk_self_service_clicks' })
  day: string;

  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_self_service_clicks' })
  errandId: string;

  @ManyToOne(() => Errand, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'errand_id', foreignKeyConstraintName: 'fk_self_service_clicks_errand' })
  errand: Relation<Errand>;

  /** The option's key in the catalog (options are replaced when an errand is saved; keys stay). */
  @PrimaryColumn('text', { primaryKeyConstraintName: 'pk_self_service_clicks' })
  optionKey: string;

  @PrimaryColumn('text', { primaryKeyConstraintName: 'pk_self_service_clicks' })
  outcome: Outcome;

  @Column('integer')
  clicks: number;
}
