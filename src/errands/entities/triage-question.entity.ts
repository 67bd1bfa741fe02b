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
import { LocalizedText, OptionalLocalizedText } from '../../common/database/localized.columns.js';
import { Errand } from './errand.entity.js';

@Entity({ name: 'triage_questions' })
@Unique('uq_triage_questions_errand_key', ['errandId', 'key'])
@Unique('uq_triage_questions_errand_position', ['errandId', 'position'])
@Check('ck_triage_questions_key', `key ~ '^[a-z][a-z0-9_]{0,59}$'`)
export class TriageQuestion {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_triage_questions' })
  id: string;

  @Column('uuid')
  errandId: string;

  @ManyToOne(() => Errand, (errand) => errand.questions, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'errand_id', foreignKeyConstraintName: 'fk_triage_questions_errand' })
  errand: Relation<Errand>;

  @Column('text')
  key: string;

  @Column('integer')
  position: number;

  @Column(() => LocalizedText)
  text: LocalizedText;

  @Column(() => OptionalLocalizedText)
  help: OptionalLocalizedText;

  @Column('boolean')
  required: boolean;
}
