import { Check, Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { OptionalLocalizedText } from '../../common/database/localized.columns.js';

/**
 * Where citizens are served. A `hotline` is the phone desk: no stations and no visitors; its
 * opening hours are its phone hours, and its advisers' working time there is for callbacks.
 */
export const LOCATION_KINDS = ['citizen_service', 'library', 'mobile', 'hotline'] as const;
export type LocationKind = (typeof LOCATION_KINDS)[number];

@Entity({ name: 'locations' })
@Unique('uq_locations_code', ['code'])
@Check('ck_locations_code', `code ~ '^[A-Z][A-Z0-9_]{1,39}$'`)
@Check('ck_locations_kind', `kind IN ('citizen_service', 'library', 'mobile', 'hotline')`)
@Check('ck_locations_slot_minutes', 'slot_minutes IN (5, 10, 15, 20, 30, 60)')
export class Location {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_locations' })
  id: string;

  @Column('text')
  code: string;

  @Column('text')
  name: string;

  @Column('text')
  kind: LocationKind;

  @Column('text')
  address: string;

  /** How to get there (entrance, floor, parking, bus), per language; none = the address says it all. */
  @Column(() => OptionalLocalizedText)
  directions: OptionalLocalizedText;

  /** IANA zone; local days, opening hours and working time are in this zone. */
  @Column('text', { default: 'Europe/Copenhagen' })
  timeZone: string;

  /** The grid of bookable start times, in minutes from local midnight. */
  @Column('integer', { default: 15 })
  slotMinutes: number;

  @Column('boolean', { default: true })
  active: boolean;

  /** SHA-256 of the secret calendar-feed token; rotating it makes the old feed URL answer 404. */
  @Column('bytea', { nullable: true, select: false })
  feedTokenHash: Buffer | null;
}
