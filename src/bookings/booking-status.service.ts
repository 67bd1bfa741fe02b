import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../common/clock/clock.js';
import { postgresError } from '../database/prepared.js';
import { NotificationsOutbox } from '../notifications/notifications-outbox.service.js';
import {
  type BookingAction,
  CALLBACK_ACTIONS,
  type CallbackAction,
  inTime,
  nextStatus,
  possibleFrom,
  type StatusChange,
  statusUpdate,
  TRANSITIONS,
} from './booking-transitions.js';
import {
  BookingCancelledError,
  BookingStartedError,
  NoShowFinalError,
  VisitNotStartedError,
  VisitStateConflictError,
} from './bookings.errors.js';
import {
  CallbackDayPassedError,
  CallbackStateConflictError,
  CallbackTooEarlyError,
} from './callbacks.errors.js';
import { type BookingStatus, type CallbackOutcome, kindOf } from './entities/booking.entity.js';

/** What the gate needs to know of a booking to explain a refusal. */
export interface BookingState {
  id: string;
  reference: string;
  status: BookingStatus;
  startsAt: Date;
  /** Its location's zone decides "the day of the visit". */
  location: { timeZone: string };
  /** Null for a callback; absent when the caller does not know (the UPDATE checks it anyway). */
  stationId?: string | null;
  /** A callback's unanswered calls so far. */
  callAttempts?: number;
  /** A callback's last unanswered call (the second try waits SECOND_TRY_AFTER_MINUTES after it). */
  lastCallAt?: Date | null;
}

/** How a callback that was answered ended (`no_answer` is recorded by noAnswer). */
export interface CallOutcome {
  outcome: Exclude<CallbackOutcome, 'no_answer'>;
  /** The self-service option the citizen was guided to: with `sent_to_self_service` only. */
  guidanceOption?: string | null;
  /** The triage (source `phone`) made for the visit: with `needs_visit` only. */
  phoneTriageId?: string | null;
}

const isCallbackAction = (action: BookingAction): action is CallbackAction =>
  (CALLBACK_ACTIONS as readonly string[]).includes(action);

/** Refused for its status, in the words of the booking's kind (a callback is not "a visit"). */
function stateConflict(booking: BookingState, action: BookingAction, kindMismatch: boolean): Error {
  if (isCallbackAction(action))
    return new CallbackStateConflictError(booking.reference, kindMismatch ? 'visit' : booking.status, action);
  if (action === 'cancel' && booking.stationId === null)
    return new CallbackStateConflictError(booking.reference, booking.status, action);
  return new VisitStateConflictError(booking.reference, booking.status, action);
}

/** A callback's step refused for its time: when it becomes possible, or that its day has passed. */
function callbackTimeRefusal(booking: BookingState, action: CallbackAction, now: Date): Error | undefined {
  const zone = booking.location.timeZone;
  const from = possibleFrom(action, booking, now, zone);
  if (from === null) return new CallbackDayPassedError(booking.reference, booking.startsAt);
  if (from.getTime() > now.getTime()) return new CallbackTooEarlyError(booking.reference, action, from, zone);
  return undefined;
}

/** Two check-ins at one moment may compute the same queue number; the unique index decides, we retry. */
const QUEUE_NUMBER_ATTEMPTS = 10;

/** Why `change` may not happen to `booking` now, or undefined when it may. */
function refusal(booking: BookingState, change: StatusChange, now: Date): Error | undefined {
  const { action } = change;
  const kind = TRANSITIONS[action].kind;
  // A visit's steps never apply to a callback, nor a callback's to a visit.
  if (kind && booking.stationId !== undefined && kindOf({ stationId: booking.stationId }) !== kind)
    return stateConflict(booking, action, true);
  if (booking.status === 'cancelled' && (action === 'cancel' || action === 'check_in'))
    return new BookingCancelledError(booking.reference);
  // Status first for a callback: "completed" explains more than "too early".
  if (isCallbackAction(action)) {
    if (!nextStatus(booking.status, action)) return stateConflict(booking, action, false);
    const attempts = TRANSITIONS[action].attempts;
    if (attempts !== undefined && booking.callAttempts !== undefined && booking.callAttempts !== attempts)
      return stateConflict(booking, action, false);
    return callbackTimeRefusal(booking, action, now);
  }
  if (!inTime(action, booking.startsAt, now, booking.location.timeZone)) {
    if (action === 'cancel') return new BookingStartedError(booking.reference);
    if (action === 'undo_no_show') return new NoShowFinalError(booking.reference);
    return new VisitNotStartedError(booking.reference, booking.startsAt);
  }
  if (!nextStatus(booking.status, action)) return stateConflict(booking, action, false);
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
      `SELECT b.id, b.reference, b.status, b.starts_at AS "startsAt", b.station_id AS "stationId",
              b.call_attempts AS "callAttempts", b.last_call_at AS "lastCallAt",
              json_build_object('timeZone', l.time_zone) AS location
       FROM bookings b JOIN locations l ON l.id = b.location_id WHERE b.id = $1`,
      [booking.id],
    );
    throw refusal(current, change, now) ?? stateConflict(current, change.action, false);
  }

  /** The hotline adviser starts a callback's call (booked → in_progress). */
  startCall(callback: BookingState, within?: EntityManager): Promise<void> {
    return this.change(callback, { action: 'start_call' }, within);
  }

  /**
   * How an answered call ended (in_progress → completed). The caller has checked the guidance
   * option against the errand's self-service options; the database keeps it only with
   * `sent_to_self_service` (ck_bookings_guidance).
   */
  recordCallOutcome(callback: BookingState, outcome: CallOutcome, within?: EntityManager): Promise<void> {
    const guidanceOption =
      outcome.outcome === 'sent_to_self_service' ? (outcome.guidanceOption ?? null) : null;
    const phoneTriageId = outcome.outcome === 'needs_visit' ? (outcome.phoneTriageId ?? null) : null;
    return this.change(
      callback,
      { action: 'record_outcome', outcome: outcome.outcome, guidanceOption, phoneTriageId },
      within,
    );
  }

  /**
   * Nobody answered: the first time the callback goes back to `booked` for a second try; the
   * second time it is completed with outcome `no_answer`. Which one follows from the attempts the
   * caller read; the UPDATE checks them, so two advisers pressing at once count one attempt.
   */
  noAnswer(callback: BookingState & { callAttempts: number }, within?: EntityManager): Promise<void> {
    const action = callback.callAttempts >= 1 ? 'no_answer_final' : 'no_answer';
    return this.change(callback, { action }, within);
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
    // A callback given up after the second unanswered call: the citizen hears we could not reach them.
    if (change.action === 'no_answer_final') await this.outbox.unanswered(manager, ids);
    return ids;
  }
}
