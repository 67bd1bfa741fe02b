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
import type { Channel } from '../errand-definition.js';
import { Errand } from './errand.entity.js';

@Entity({ name: 'self_service_options' })
@Unique('uq_self_service_options_errand_key', ['errandId', 'key'])
@Unique('uq_self_service_options_errand_position', ['errandId', 'position'])
@Check(
  'ck_self_service_options_channel',
  `channel IN ('online', 'app', 'library', 'hotline', 'chat', 'bank', 'kiosk', 'post')`,
)
@Check('ck_self_service_options_url', `url ~ '^https://'`)
export class SelfServiceOption {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_self_service_options' })
  id: string;

  @Column('uuid')
  errandId: string;

  @ManyToOne(() => Errand, (errand) => errand.selfServiceOptions, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'errand_id', foreignKeyConstraintName: 'fk_self_service_options_errand' })
  errand: Relation<Errand>;

  @Column('text')
  key: string;

  @Column('integer')
  position: number;

  @Column('text')
  channel: Channel;

  @Column(() => LocalizedText)
  title: LocalizedText;

  @Column('text', { nullable: true })
  url: string | null;

  @Column(() => LocalizedText)
  where: LocalizedText;

  @Column(() => LocalizedText)
  who: LocalizedText;
}
