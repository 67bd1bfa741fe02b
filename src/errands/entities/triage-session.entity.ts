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
import { LocalizedText } from '../../common/database/localized.columns.js';
import type { Language, Outcome } from '../errand-definition.js';
import { Location } from '../../locations/entities/location.entity.js';
import { Errand } from './errand.entity.js';
import { ErrandVersion } from './errand-version.entity.js';

/** Where the citizen was asked: online, at a reception desk, or on the phone (the hotline). */
export const TRIAGE_SOURCES = ['online', 'reception', 'phone'] as const;
export type TriageSource = (typeof TRIAGE_SOURCES)[number];

/**
 * One citizen's triage: the answers and the decision, kept as they were when decided (later catalog
 * edits do not rewrite history). It is the ticket for booking and the raw data of the self-service
 * statistics. It holds no personal data.
 */
@Entity({ name: 'triage_sessions' })
@Check('ck_triage_sessions_answers', `jsonb_typeof(answers) = 'object'`)
@Check(
  'ck_triage_sessions_outcome',
  `outcome IN ('self_service', 'visit', 'not_yet', 'elsewhere', 'callback')`,
)
@Check('ck_triage_sessions_source', `source IN ('online', 'reception', 'phone')`)
@Check('ck_triage_sessions_language', `language IN ('da', 'en')`)
@Check('ck_triage_sessions_expiry', 'expires_at > created_at')
@Check('ck_triage_sessions_self_service_tried', `self_service_tried_at IS NULL OR outcome = 'self_service'`)
@Index('ix_triage_sessions_created_at', ['createdAt'])
@Index('ix_triage_sessions_errand', ['errandId', 'createdAt'])
@Index('ix_triage_sessions_uncounted', ['expiresAt'], { where: 'counted_at IS NULL' })
export class TriageSession {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_triage_sessions' })
  id: string;

  @Column('uuid')
  errandId: string;

  @ManyToOne(() => Errand, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'errand_id', foreignKeyConstraintName: 'fk_triage_sessions_errand' })
  errand: Relation<Errand>;

  /** The errand's version whose rules decided this triage (and whose questions it answered). */
  @Column('integer')
  errandVersion: number;

  @ManyToOne(() => ErrandVersion, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'errand_id',
      referencedColumnName: 'errandId',
      foreignKeyConstraintName: 'fk_triage_sessions_errand_version',
    },
    { name: 'errand_version', referencedColumnName: 'version' },
  ])
  errandVersionOf: Relation<ErrandVersion>;

  @Column('jsonb')
  answers: Record<string, boolean>;

  @Column('text')
  outcome: Outcome;

  @Column('text')
  ruleKey: string;

  @Column(() => LocalizedText)
  reason: LocalizedText;

  @Column('text', { array: true })
  optionKeys: string[];

  @Column('text', { default: 'online' })
  source: TriageSource;

  /** The place whose reception desk asked (null online): the statistics count per place with it. */
  @Column('uuid', { nullable: true })
  locationId: string | null;

  @ManyToOne(() => Location, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'location_id', foreignKeyConstraintName: 'fk_triage_sessions_location' })
  location: Relation<Location> | null;

  @Column('text')
  language: Language;

  /** Set from the API's clock, like expiresAt, so the two always agree. */
  @Column('timestamptz')
  createdAt: Date;

  @Column('timestamptz')
  expiresAt: Date;

  /**
   * When the citizen, told to do it themselves, said they could not: from then on the triage is a
   * ticket for booking a visit too. Only a self-service triage can have it.
   */
  @Column('timestamptz', { nullable: true })
  selfServiceTriedAt: Date | null;

  /**
   * When the retention sweep counted it into triage_days (after expiry, when nothing about it can
   * change any more); until then the statistics read it from here.
   */
  @Column('timestamptz', { nullable: true })
  countedAt: Date | null;
}
