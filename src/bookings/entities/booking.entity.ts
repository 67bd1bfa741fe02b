import {
  Check,
  Column,
  Entity,
  Exclusion,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
} from 'typeorm';
import type { Language } from '../../errands/errand-definition.js';
import { Errand } from '../../errands/entities/errand.entity.js';
import { TriageSession } from '../../errands/entities/triage-session.entity.js';
import { Location } from '../../locations/entities/location.entity.js';
import { Station } from '../../locations/entities/station.entity.js';
import { Adviser } from '../../staffing/entities/adviser.entity.js';

/**
 * booked → checked_in (reception) → called (adviser calls the queue number) → in_progress →
 * completed; booked → no_show (not checked in after the start); booked/checked_in → cancelled.
 */
export const BOOKING_STATUSES = [
  'booked',
  'checked_in',
  'called',
  'in_progress',
  'completed',
  'no_show',
  'cancelled',
] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

/** How a visit ended: the co-service goal is that the citizen did it themselves, with help. */
export const VISIT_OUTCOMES = ['self_served_with_help', 'done_by_adviser', 'not_resolved'] as const;
export type VisitOutcome = (typeof VISIT_OUTCOMES)[number];

/**
 * How a callback ended: solved with a guide on the line; sent to a self-service option with
 * guidance; a visit is needed (booked from the call, through a triage with source `phone`); or the
 * citizen did not answer twice.
 */
export const CALLBACK_OUTCOMES = [
  'solved_on_phone',
  'sent_to_self_service',
  'needs_visit',
  'no_answer',
] as const;
export type CallbackOutcome = (typeof CALLBACK_OUTCOMES)[number];

/** A visit at a station, or a callback from the hotline (no station: the adviser calls the citizen). */
export const BOOKING_KINDS = ['visit', 'callback'] as const;
export type BookingKind = (typeof BOOKING_KINDS)[number];

/** A callback is the booking without a station; everything else about it is a booking like any other. */
export function kindOf(booking: { stationId: string | null }): BookingKind {
  return booking.stationId === null ? 'callback' : 'visit';
}

/** A booking at a station: every booking but a callback. */
export type Visit = Booking & { stationId: string; station: Relation<Station>; outcome: VisitOutcome | null };

export function isVisit(booking: Booking): booking is Visit {
  return booking.stationId !== null;
}

/**
 * The booking as a visit, for code that only ever reads visits (a queue, a check-in, an adviser's
 * day at the stations); a callback there is a fault in its query, never the citizen's.
 */
export function asVisit(booking: Booking): Visit {
  if (booking.stationId === null) throw new Error(`booking ${booking.id} is a callback, not a visit`);
  return booking as Visit;
}

/** Who cancelled: the citizen (their manage link) or the municipality (reception, an admin change). */
export const CANCELLED_BY = ['citizen', 'municipality'] as const;
export type CancelledBy = (typeof CANCELLED_BY)[number];

export const BOOKING_SOURCES = ['online', 'walk_in'] as const;
export type BookingSource = (typeof BOOKING_SOURCES)[number];

/**
 * A visit at a station with an adviser. PostgreSQL refuses overlapping active bookings of one
 * station or one adviser (exclusion constraints) and a second active booking of one triage.
 */
@Entity({ name: 'bookings' })
@Unique('uq_bookings_reference', ['reference'])
@Check('ck_bookings_period', 'starts_at < ends_at')
@Check(
  'ck_bookings_status',
  `status IN ('booked', 'checked_in', 'called', 'in_progress', 'completed', 'no_show', 'cancelled')`,
)
@Check('ck_bookings_source', `source IN ('online', 'walk_in')`)
@Check(
  'ck_bookings_outcome',
  `outcome IS NULL
   OR (station_id IS NOT NULL AND outcome IN ('self_served_with_help', 'done_by_adviser', 'not_resolved'))
   OR (station_id IS NULL AND outcome IN ('solved_on_phone', 'sent_to_self_service', 'needs_visit', 'no_answer'))`,
)
@Check(
  'ck_bookings_callback',
  `station_id IS NOT NULL
   OR (checked_in_at IS NULL AND queue_number IS NULL AND source = 'online')`,
)
@Check(
  'ck_bookings_call_attempts',
  'call_attempts BETWEEN 0 AND 2 AND (call_attempts = 0 OR station_id IS NULL)',
)
@Check('ck_bookings_guidance', `guidance_option IS NULL OR outcome = 'sent_to_self_service'`)
@Check('ck_bookings_phone_triage', `phone_triage_id IS NULL OR outcome = 'needs_visit'`)
@Index('ix_bookings_phone_triage', ['phoneTriageId'], { where: 'phone_triage_id IS NOT NULL' })
@Unique('uq_bookings_queue_number', ['locationId', 'queueDay', 'queueNumber'])
@Index('ix_bookings_adviser_start', ['adviserId', 'startsAt'])
@Index('ix_bookings_booked_start', ['startsAt'], { where: `status = 'booked'` })
@Check('ck_bookings_language', `language IN ('da', 'en')`)
@Check(
  'ck_bookings_cancelled_by',
  `cancelled_by IS NULL OR (cancelled_by IN ('citizen', 'municipality') AND status = 'cancelled')`,
)
@Exclusion(
  'ex_bookings_station_overlap',
  `USING gist (station_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (status <> 'cancelled')`,
)
@Exclusion(
  'ex_bookings_adviser_overlap',
  `USING gist (adviser_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (status <> 'cancelled')`,
)
@Index('uq_bookings_triage_active', ['triageId'], { unique: true, where: `status <> 'cancelled'` })
@Index('ix_bookings_triage', ['triageId'])
@Index('ix_bookings_location_start', ['locationId', 'startsAt'])
@Index('ix_bookings_callbacks_start', ['startsAt'], { where: 'station_id IS NULL' })
// Keyed by startsAt only; the other columns are INCLUDEd (the migration), and TypeORM reads both as columns.
@Index('ix_bookings_stats', [
  'startsAt',
  'locationId',
  'endsAt',
  'status',
  'checkedInAt',
  'calledAt',
  'startedAt',
])
@Index('ix_bookings_citizen_email_normalized', ['citizenEmailNormalized'], {
  where: 'citizen_email_normalized IS NOT NULL',
})
@Index('ix_bookings_citizen_phone_normalized', ['citizenPhoneNormalized'], {
  where: 'citizen_phone_normalized IS NOT NULL',
})
export class Booking {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_bookings' })
  id: string;

  @Column('text')
  reference: string;

  /** SHA-256 of the manage token; the token itself is only ever in the citizen's hands. */
  @Column('bytea')
  manageTokenHash: Buffer;

  @Column('uuid')
  triageId: string;

  @ManyToOne(() => TriageSession, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'triage_id', foreignKeyConstraintName: 'fk_bookings_triage' })
  triage: Relation<TriageSession>;

  @Column('uuid')
  errandId: string;

  @ManyToOne(() => Errand, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'errand_id', foreignKeyConstraintName: 'fk_bookings_errand' })
  errand: Relation<Errand>;

  @Column('uuid')
  locationId: string;

  @ManyToOne(() => Location, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'location_id', foreignKeyConstraintName: 'fk_bookings_location' })
  location: Relation<Location>;

  /** Null for a callback (kindOf): the hotline adviser calls the citizen; no station, no queue. */
  @Column('uuid', { nullable: true })
  stationId: string | null;

  @ManyToOne(() => Station, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'station_id', foreignKeyConstraintName: 'fk_bookings_station' })
  station: Relation<Station> | null;

  @Column('uuid')
  adviserId: string;

  @ManyToOne(() => Adviser, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'adviser_id', foreignKeyConstraintName: 'fk_bookings_adviser' })
  adviser: Relation<Adviser>;

  @Column('timestamptz')
  startsAt: Date;

  @Column('timestamptz')
  endsAt: Date;

  @Column('text', { default: 'booked' })
  status: BookingStatus;

  /** iCalendar SEQUENCE: goes up each time the visit moves or is cancelled. */
  @Column('integer', { default: 0 })
  sequence: number;

  /** Optional for walk-ins. */
  @Column('text', { nullable: true })
  citizenName: string | null;

  @Column('text', { nullable: true })
  citizenEmail: string | null;

  @Column('text', { nullable: true })
  citizenPhone: string | null;

  /**
   * The e-mail and phone as the contact limit counts them (contact.ts: one mailbox, one number),
   * never shown; the two columns above keep what the citizen typed.
   */
  @Column('text', { nullable: true })
  citizenEmailNormalized: string | null;

  @Column('text', { nullable: true })
  citizenPhoneNormalized: string | null;

  @Column('text')
  language: Language;

  /** The citizen asked for confirmations and reminders by SMS too (to citizenPhone). */
  @Column('boolean', { default: false })
  smsReminders: boolean;

  /** Set from the API's clock (not the database's), like every other instant of a booking. */
  @Column('timestamptz', { default: () => 'now()' })
  createdAt: Date;

  /** Changes whenever the visit moves or is cancelled; calendar feeds use it as LAST-MODIFIED. */
  @Column('timestamptz', { default: () => 'now()' })
  updatedAt: Date;

  @Column('timestamptz', { nullable: true })
  cancelledAt: Date | null;

  @Column('text', { default: 'online' })
  source: BookingSource;

  @Column('timestamptz', { nullable: true })
  checkedInAt: Date | null;

  /** The location's local day of the check-in; queue numbers restart every day. */
  @Column('date', { nullable: true })
  queueDay: string | null;

  @Column('integer', { nullable: true })
  queueNumber: number | null;

  @Column('timestamptz', { nullable: true })
  calledAt: Date | null;

  @Column('timestamptz', { nullable: true })
  startedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  completedAt: Date | null;

  @Column('text', { nullable: true })
  outcome: VisitOutcome | CallbackOutcome | null;

  @Column('boolean', { nullable: true })
  canDoAloneNextTime: boolean | null;

  @Column('text', { nullable: true })
  cancelReason: string | null;

  /** Kept after the reason is erased: the statistics count the two kinds of cancellation apart. */
  @Column('text', { nullable: true })
  cancelledBy: CancelledBy | null;

  /** Why staff last moved the visit for the citizen (null when never, or the citizen moved it since). */
  @Column('text', { nullable: true })
  moveReason: string | null;

  /** Callbacks: calls that went unanswered (a second try is offered after the first). */
  @Column('smallint', { default: 0 })
  callAttempts: number;

  /** Callbacks: when the last unanswered call was made. */
  @Column('timestamptz', { nullable: true })
  lastCallAt: Date | null;

  /** Callbacks sent to self-service: the errand's option the adviser guided the citizen to. */
  @Column('text', { nullable: true })
  guidanceOption: string | null;

  /**
   * Callbacks that ended "needs a visit": the triage (source `phone`) the call made, which the
   * visit is booked with; null once the retention sweep deleted it unbooked.
   */
  @Column('uuid', { nullable: true })
  phoneTriageId: string | null;

  @ManyToOne(() => TriageSession, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'phone_triage_id', foreignKeyConstraintName: 'fk_bookings_phone_triage' })
  phoneTriage: Relation<TriageSession> | null;
}
