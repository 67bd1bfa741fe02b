import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Location } from '../../locations/entities/location.entity.js';
import { StaffAccount } from './staff-account.entity.js';

/** A location where a receptionist or adviser may work (admins may work everywhere). */
@Entity({ name: 'staff_account_locations' })
@Index('ix_staff_account_locations_location', ['locationId'])
export class StaffAccountLocation {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_staff_account_locations' })
  accountId: string;

  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_staff_account_locations' })
  locationId: string;

  @ManyToOne(() => StaffAccount, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'fk_staff_account_locations_account' })
  account: Relation<StaffAccount>;

  @ManyToOne(() => Location, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'location_id', foreignKeyConstraintName: 'fk_staff_account_locations_location' })
  location: Relation<Location>;
}
