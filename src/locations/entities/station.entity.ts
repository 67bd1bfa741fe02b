import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
} from 'typeorm';
import { Errand } from '../../errands/entities/errand.entity.js';
import { Location } from './location.entity.js';

/** A co-service station (medbetjeningsstation). Taken out of use with `active = false`. */
@Entity({ name: 'stations' })
@Unique('uq_stations_location_name', ['locationId', 'name'])
export class Station {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_stations' })
  id: string;

  @Column('uuid')
  locationId: string;

  @ManyToOne(() => Location, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'location_id', foreignKeyConstraintName: 'fk_stations_location' })
  location: Relation<Location>;

  @Column('text')
  name: string;

  @Column('boolean', { default: true })
  active: boolean;
}

/** Which errands a station can handle (equipment: camera, fingerprint reader …). */
@Entity({ name: 'station_errands' })
@Index('ix_station_errands_errand', ['errandId'])
export class StationErrand {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_station_errands' })
  stationId: string;

  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_station_errands' })
  errandId: string;

  @ManyToOne(() => Station, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'station_id', foreignKeyConstraintName: 'fk_station_errands_station' })
  station: Relation<Station>;

  @ManyToOne(() => Errand, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'errand_id', foreignKeyConstraintName: 'fk_station_errands_errand' })
  errand: Relation<Errand>;
}
