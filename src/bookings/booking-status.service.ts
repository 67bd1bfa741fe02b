import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../common/clock/clock.js';
import { postgresError } from '../database/prepared.js';
import { NotificationsOutbox } from '../notifications/notifications-outbox.service.js';
import { inTime, nextStatus, type StatusChange, statusUpdate } from './booking-transitions.js';
import {
  BookingCancelledError,
  BookingStartedError,
  NoShowFinalError,
  VisitNotStartedError,
  VisitStateConflictError,
} from './bookings.errors.js';
import type { BookingStatus } from './entities/booking.entity.js';

/** What the gate needs to know of a booking to explain a refusal. */
export interface BookingState {
  id: string;
  reference: string;
  status: BookingStatus;
  startsAt: Date;
  /** Its location's zone decides "the day of the visit". */
  location: { timeZone: string };
}

/** Two check-ins at one moment may compute the same queue number; the unique index decides, we retry. */
const QUEUE_NUMBER_ATTEMPTS = 10;

/** Why `change` may not happen to `booking` now, or undefined when it may. */
function refusal(booking: BookingState, change: StatusChange, now: Date): Error | undefined {
  const { action } = change;
  if (booking.status === 'cancelled' && (action === 'cancel' || action === 'check_in'))
    return new BookingCancelledError(booking.reference);
  if (!inTime(action, booking.startsAt, now, booking.location.timeZone)) {
    if (action === 'cancel') return new BookingStartedError(booking.reference);
    if (action === 'undo_no_show') return new NoShowFinalError(booking.reference);
    return new VisitNotStartedError(booking.reference, booking.startsAt);
  }
  if (!nextStatus(booking.status, action))
    return new VisitStateConflictError(booking.reference, booking.status, action);
  return undefined;
}

/**
 * The single writer of booking statuses: every cancel, check-in, call, start, completion and
 * no-show — the citizen's, reception's, the adviser's, an admin change's and the sweep's — goes
 * through `statusUpdate`, which only changes rows the transition table allows to change.
 */
@Injectable()
export class BookingStatusService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly outbox: NotificationsOutbox,
  ) {}

  /**
   * Changes one booking, as the caller last saw it; throws why not when the table forbids it or a
   * concurrent change got there first. `within` joins the caller's transaction.
   */
  async change(booking: BookingState, change: StatusChange, within?: EntityManager): Promise<void> {
    const now = this.clock.now();
    const refused = refusal(booking, change, now);
    if (refused) throw refused;
    for (let attempt = 1; ; attempt++) {
      try {
        // A savepoint inside the caller's transaction, so a lost queue-number race can be retried.
        const changed = await (within ?? this.dataSource.manager).transaction((manager) =>
          this.run(manager, change, { ids: [booking.id] }, now),
        );
        if (changed.length === 1) return;
        break;
      } catch (error) {
        const queueTie = postgresError(error)?.constraint === 'uq_bookings_queue_number';
        if (!queueTie || attempt >= QUEUE_NUMBER_ATTEMPTS) throw error;
      }
    }
    // Changed by someone else between the caller's read and this update: explain with the row as it is now.
    const [current] = await (within ?? this.dataSource.manager).query<BookingState[]>(
      `SELECT b.id, b.reference, b.status, b.starts_at AS "startsAt", json_build_object('timeZone', l.time_zone) AS location
       FROM bookings b JOIN locations l ON l.id = b.location_id WHERE b.id = $1`,
      [booking.id],
    );
    throw (
      refusal(current, change, now) ??
      new VisitStateConflictError(booking.reference, current.status, change.action)
    );
  }

  /** Changes several bookings at once (an admin change cancelling what it breaks); returns the ids changed. */
  changeMany(ids: string[], change: StatusChange, within: EntityManager): Promise<string[]> {
    return this.run(within, change, { ids }, this.clock.now());
  }

  /**
   * Bookings nobody checked in by `cutoff` become no-shows: one conditional UPDATE, safe when every
   * API instance runs it, each row changes once. Returns how many.
   */
  async markNoShows(cutoff: Date): Promise<number> {
    const ids = await this.run(
      this.dataSource.manager,
      { action: 'no_show' },
      { startedBefore: cutoff, onlyFrom: ['booked'] },
      this.clock.now(),
    );
    return ids.length;
  }

  private async run(
    manager: EntityManager,
    change: StatusChange,
    target: Parameters<typeof statusUpdate>[1],
    now: Date,
  ): Promise<string[]> {
    const { text, values } = statusUpdate(change, target, now);
    const [rows] = await manager.query<[{ id: string }[], number]>(text, values);
    const ids = rows.map((row) => row.id);
    // The citizen hears of every cancellation, whoever made it, in the same transaction.
    if (change.action === 'cancel') await this.outbox.cancelled(manager, ids);
    return ids;
  }
}
