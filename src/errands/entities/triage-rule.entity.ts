import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
} from 'typeorm';
import { LocalizedText } from '../../common/database/localized.columns.js';
import type { Outcome, RuleCondition } from '../errand-definition.js';
import { Errand } from './errand.entity.js';

@Entity({ name: 'triage_rules' })
@Unique('uq_triage_rules_errand_key', ['errandId', 'key'])
@Unique('uq_triage_rules_errand_position', ['errandId', 'position'])
@Check('ck_triage_rules_offers_callback', `NOT offers_callback OR outcome = 'visit'`)
@Check('ck_triage_rules_conditions', `jsonb_typeof(conditions) = 'array'`)
@Check('ck_triage_rules_outcome', `outcome IN ('self_service', 'visit', 'not_yet', 'elsewhere', 'callback')`)
export class TriageRule {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_triage_rules' })
  id: string;

  @Column('uuid')
  errandId: string;

  @ManyToOne(() => Errand, (errand) => errand.rules, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'errand_id', foreignKeyConstraintName: 'fk_triage_rules_errand' })
  errand: Relation<Errand>;

  @Column('text')
  key: string;

  /** Rules are tried in ascending position; the first whose conditions hold decides. */
  @Column('integer')
  position: number;

  @Column('jsonb')
  conditions: RuleCondition[];

  @Column('text')
  outcome: Outcome;

  @Column(() => LocalizedText)
  reason: LocalizedText;

  @Column('text', { array: true })
  optionKeys: string[];

  /** A `visit` rule that also offers a callback from the hotline. */
  @Column('boolean', { default: false })
  offersCallback: boolean;
}
