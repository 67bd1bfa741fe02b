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
import { Booking } from '../../bookings/entities/booking.entity.js';

/** `no_answer`: a callback closed after the second unanswered call ("we could not reach you"). */
export const NOTIFICATION_KINDS = ['confirmation', 'reminder', 'changed', 'cancelled', 'no_answer'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_CHANNELS = ['email', 'sms'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

export const NOTIFICATION_STATUSES = ['pending', 'sent', 'skipped', 'failed'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

/**
 * The outbox: one message to one citizen on one channel, written in the transaction that changed
 * the booking and sent by the worker of whichever instance claims it first. It holds no address
 * and no text: both are read from the booking when it is sent, in the booking's language.
 */
@Entity({ name: 'notifications' })
@Check('ck_notifications_kind', `kind IN ('confirmation', 'reminder', 'changed', 'cancelled', 'no_answer')`)
@Check('ck_notifications_channel', `channel IN ('email', 'sms')`)
@Check('ck_notifications_status', `status IN ('pending', 'sent', 'skipped', 'failed')`)
@Check('ck_notifications_token', `manage_token IS NULL OR status = 'pending'`)
@Check('ck_notifications_sent', `(status = 'sent') = (sent_at IS NOT NULL)`)
@Index('ix_notifications_due', ['dueAt'], { where: `status = 'pending'` })
@Index('ix_notifications_booking', ['bookingId'])
@Index('uq_notifications_pending_reminder', ['bookingId', 'channel'], {
  unique: true,
  where: `kind = 'reminder' AND status = 'pending'`,
})
export class Notification {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_notifications' })
  id: string;

  @Column('uuid')
  bookingId: string;

  @ManyToOne(() => Booking, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'booking_id', foreignKeyConstraintName: 'fk_notifications_booking' })
  booking: Relation<Booking>;

  @Column('text')
  kind: NotificationKind;

  @Column('text')
  channel: NotificationChannel;

  @Column('text', { default: 'pending' })
  status: NotificationStatus;

  /** Not before: now for most, REMINDER_HOURS before the visit for a reminder; moved on by a retry. */
  @Column('timestamptz')
  dueAt: Date;

  @Column('integer', { default: 0 })
  attempts: number;

  /** A worker claimed it until then; after, another may (the first one died mid-send). */
  @Column('timestamptz', { nullable: true })
  lockedUntil: Date | null;

  /** The transport's error code of the last failed try (never the address or the text). */
  @Column('text', { nullable: true })
  lastError: string | null;

  @Column('timestamptz', { nullable: true })
  sentAt: Date | null;

  @Column('timestamptz')
  createdAt: Date;

  /**
   * The manage link's token, for a message caused by the citizen's own booking or move (only then
   * does the server hold it): erased as soon as the message is sent, skipped or given up.
   */
  @Column('text', { nullable: true })
  manageToken: string | null;

  /** For `changed`: where the visit was before, so the message can say what moved. */
  @Column('timestamptz', { nullable: true })
  previousStartsAt: Date | null;
}
