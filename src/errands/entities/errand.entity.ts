import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  OneToMany,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import {
  LocalizedList,
  LocalizedText,
  OptionalLocalizedText,
} from '../../common/database/localized.columns.js';
import { SelfServiceOption } from './self-service-option.entity.js';
import { TriageQuestion } from './triage-question.entity.js';
import { TriageRule } from './triage-rule.entity.js';

@Entity({ name: 'errands' })
@Unique('uq_errands_code', ['code'])
@Check('ck_errands_code', `code ~ '^[A-Z][A-Z0-9_]{1,39}$'`)
@Check('ck_errands_visit_minutes', 'visit_minutes BETWEEN 1 AND 480')
@Check('ck_errands_version', 'version >= 1')
@Check(
  'ck_errands_phone_help',
  `(phone_minutes IS NULL AND phone_reason_da IS NULL AND phone_reason_en IS NULL)
   OR (phone_minutes BETWEEN 5 AND 120 AND phone_reason_da IS NOT NULL AND phone_reason_en IS NOT NULL)`,
)
export class Errand {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_errands' })
  id: string;

  @Column('text')
  code: string;

  @Column(() => LocalizedText)
  name: LocalizedText;

  @Column(() => LocalizedText)
  description: LocalizedText;

  @Column('integer')
  visitMinutes: number;

  /** Length of a hotline callback; null when phone help cannot solve the errand. */
  @Column('integer', { nullable: true })
  phoneMinutes: number | null;

  /** What a call can do for the citizen (set exactly when phoneMinutes is). */
  @Column(() => OptionalLocalizedText)
  phoneReason: OptionalLocalizedText;

  @Column(() => LocalizedList)
  documents: LocalizedList;

  @Column(() => LocalizedText)
  fee: LocalizedText;

  @Column(() => LocalizedList)
  keywords: LocalizedList;

  @Column('boolean', { default: true })
  active: boolean;

  /**
   * The current version (errand_versions): the one these options, questions and rules are. Kept on
   * the row itself so that the catalog and its version are always read together.
   */
  @Column('integer')
  version: number;

  @OneToMany(() => SelfServiceOption, (option) => option.errand)
  selfServiceOptions: Relation<SelfServiceOption[]>;

  @OneToMany(() => TriageQuestion, (question) => question.errand)
  questions: Relation<TriageQuestion[]>;

  @OneToMany(() => TriageRule, (rule) => rule.errand)
  rules: Relation<TriageRule[]>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
