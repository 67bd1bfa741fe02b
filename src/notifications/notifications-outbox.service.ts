import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../common/clock/clock.js';
import { SettingsService } from '../config/settings.service.js';

/**
 * The channels a booking's messages go to, beside each booking row `b`: e-mail when the citizen
 * gave an address, SMS only when they asked for it and gave a phone number.
 */
const CHANNELS = `
CROSS JOIN LATERAL (VALUES ('email', b.citizen_email IS NOT NULL),
                           ('sms', b.sms_reminders AND b.citizen_phone IS NOT NULL)) AS c(channel, wanted)`;

/**
 * The message the change itself causes (due now) and, for a booking or a move, the reminder
 * REMINDER_HOURS before the start when that is still ahead. The manage token goes only into the
 * e-mail of the citizen's own action: an SMS is short and may be logged, a reminder comes later.
 * $1 booking id, $2 now, $3 kind, $4 reminder hours, $5 manage token, $6 previous start.
 */
const WRITE_SQL = `
INSERT INTO notifications (booking_id, kind, channel, due_at, created_at, manage_token, previous_starts_at)
SELECT b.id, k.kind, c.channel, k.due_at, $2::timestamptz,
       CASE WHEN k.kind <> 'reminder' AND c.channel = 'email' THEN $5::text END,
       CASE WHEN k.kind = 'changed' THEN $6::timestamptz END
FROM bookings b
CROSS JOIN LATERAL (VALUES ($3::text, $2::timestamptz),
                           ('reminder', b.starts_at - make_interval(hours => $4::int))) AS k(kind, due_at)
${CHANNELS}
WHERE b.id = $1::uuid AND c.wanted AND (k.kind <> 'reminder' OR k.due_at > $2::timestamptz)`;

/**
 * A pending reminder is one row per booking and channel (uq_notifications_pending_reminder): a
 * move deletes it before writing the new one, in a statement of its own because a unique index
 * still sees a row deleted earlier in the same statement. One a worker is sending right now is
 * deleted too; that worker's "sent" then finds no row and leaves the new reminder pending.
 */
const DROP_REMINDERS_SQL = `
DELETE FROM notifications WHERE booking_id = ANY($1::uuid[]) AND kind = 'reminder' AND status = 'pending'`;

/**
 * A "changed" message not yet claimed by a worker is replaced by the next move's: the citizen gets
 * one message from where the visit was when they last heard, to where it is now. Returns that
 * earlier start, and the manage token the replaced e-mail carried. $1 booking id, $2 now.
 */
const SUPERSEDE_CHANGED_SQL = `
WITH superseded AS (
  DELETE FROM notifications
  WHERE booking_id = $1::uuid AND kind = 'changed' AND status = 'pending'
    AND (locked_until IS NULL OR locked_until < $2::timestamptz)
  RETURNING previous_starts_at, manage_token)
SELECT min(previous_starts_at) AS "previousStartsAt", max(manage_token) AS "manageToken" FROM superseded`;

/** Cancelled bookings: their pending reminders go, and each gets its "cancelled" message. */
const CANCELLED_SQL = `
WITH dropped AS (${DROP_REMINDERS_SQL})
INSERT INTO notifications (booking_id, kind, channel, due_at, created_at)
SELECT b.id, 'cancelled', c.channel, $2::timestamptz, $2::timestamptz
FROM bookings b
${CHANNELS}
WHERE b.id = ANY($1::uuid[]) AND c.wanted AND b.status = 'cancelled'`;

/**
 * Callbacks just closed after the second unanswered call: "we could not reach you", with how to
 * book a new call. Any reminder still pending goes (the time has passed).
 */
const UNANSWERED_SQL = `
WITH dropped AS (${DROP_REMINDERS_SQL})
INSERT INTO notifications (booking_id, kind, channel, due_at, created_at)
SELECT b.id, 'no_answer', c.channel, $2::timestamptz, $2::timestamptz
FROM bookings b
${CHANNELS}
WHERE b.id = ANY($1::uuid[]) AND c.wanted AND b.station_id IS NULL AND b.outcome = 'no_answer'`;

/**
 * The only writer of `notifications` besides the worker: every method runs on the caller's
 * EntityManager, so a booking's messages are written (or withdrawn) in the very transaction that
 * changes the booking — committed together or not at all. No address and no text is stored: the
 * worker reads both from the booking when it sends.
 */
@Injectable()
export class NotificationsOutbox {
  constructor(
    private readonly settings: SettingsService,
    private readonly clock: Clock,
  ) {}

  /** A new online booking: its confirmation, and its reminder. */
  async booked(manager: EntityManager, bookingId: string, manageToken: string): Promise<void> {
    await this.write(manager, bookingId, 'confirmation', manageToken, null);
  }

  /**
   * A booking moved to another time or place: "changed" (saying where it was), and the pending
   * reminder replaced by one for the new time. `manageToken` only when the citizen moved it.
   */
  async moved(
    manager: EntityManager,
    bookingId: string,
    previousStartsAt: Date,
    manageToken: string | null,
  ): Promise<void> {
    await manager.query(DROP_REMINDERS_SQL, [[bookingId]]);
    const [earlier] = await manager.query<{ previousStartsAt: Date | null; manageToken: string | null }[]>(
      SUPERSEDE_CHANGED_SQL,
      [bookingId, this.clock.now()],
    );
    await this.write(
      manager,
      bookingId,
      'changed',
      manageToken ?? earlier.manageToken,
      earlier.previousStartsAt ?? previousStartsAt,
    );
  }

  /** Bookings just cancelled (by whom is on the booking): "cancelled", and no reminder. */
  async cancelled(manager: EntityManager, bookingIds: string[]): Promise<void> {
    if (bookingIds.length === 0) return;
    await manager.query(CANCELLED_SQL, [bookingIds, this.clock.now()]);
  }

  /** Callbacks closed as not answered (the second try): "we could not reach you". */
  async unanswered(manager: EntityManager, bookingIds: string[]): Promise<void> {
    if (bookingIds.length === 0) return;
    await manager.query(UNANSWERED_SQL, [bookingIds, this.clock.now()]);
  }

  private async write(
    manager: EntityManager,
    bookingId: string,
    kind: 'confirmation' | 'changed',
    manageToken: string | null,
    previousStartsAt: Date | null,
  ): Promise<void> {
    await manager.query(WRITE_SQL, [
      bookingId,
      this.clock.now(),
      kind,
      this.settings.get('REMINDER_HOURS'),
      manageToken,
      previousStartsAt,
    ]);
  }
}
