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

/** Closed days of one location, or of all locations when `locationId` is null. Dates inclusive. */
@Entity({ name: 'closures' })
@Index('ix_closures_period', ['startsOn', 'endsOn'])
@Check('ck_closures_period', 'starts_on <= ends_on')
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
}
