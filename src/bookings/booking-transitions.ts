import { localDate, localDayBounds } from '../common/time/local-date.js';
import type {
  BookingKind,
  BookingStatus,
  CallbackOutcome,
  CancelledBy,
  VisitOutcome,
} from './entities/booking.entity.js';

export const VISIT_ACTIONS = [
  'check_in',
  'call',
  'start',
  'complete',
  'no_show',
  'undo_no_show',
  'cancel',
] as const;
export type VisitAction = (typeof VISIT_ACTIONS)[number];

/**
 * A callback's steps (the hotline): the adviser starts the call, records how it ended, or that
 * nobody answered — the first time the callback goes back to `booked` for a second try, the second
 * time it is over (`no_answer_final`). Cancel is shared with visits.
 */
export const CALLBACK_ACTIONS = ['start_call', 'record_outcome', 'no_answer', 'no_answer_final'] as const;
export type CallbackAction = (typeof CALLBACK_ACTIONS)[number];

export type BookingAction = VisitAction | CallbackAction;

/**
 * When, relative to the booked start, an action may happen (checked in the same UPDATE):
 * `start_day` is the visit's own local day at its location.
 */
export type TimeRule = 'any' | 'before_start' | 'from_start' | 'start_day';

export interface Transition {
  from: readonly BookingStatus[];
  to: BookingStatus;
  time: TimeRule;
  /** The visit changes for calendar subscribers (iCalendar SEQUENCE goes up). */
  bumpsSequence: boolean;
  /** Which kind of booking the step is for (the UPDATE checks station_id); absent: both. */
  kind?: BookingKind;
  /** Callbacks: the unanswered calls the booking must have had (the UPDATE checks call_attempts). */
  attempts?: number;
  /** Callbacks: minutes that must have passed since the last unanswered call (the UPDATE checks last_call_at). */
  afterLastCall?: number;
}

/**
 * The second (last) try comes at least this long after the first, so a citizen who was busy for
 * a moment gets a real second chance — and a double click cannot close the callback.
 */
export const SECOND_TRY_AFTER_MINUTES = 10;

/**
 * The only list of how a booking's status may change. A citizen may be called again (they did not
 * hear it); an adviser may start without calling (the citizen is already at the station); a called
 * citizen who never comes to the station is a no-show — but nobody is a no-show before their time
 * has begun, and nobody cancels a visit that has begun. A no-show who turns up after all is checked
 * in again (undo), on the day of the visit only.
 */
export const TRANSITIONS: Readonly<Record<BookingAction, Transition>> = {
  check_in: { from: ['booked'], to: 'checked_in', time: 'any', bumpsSequence: false, kind: 'visit' },
  call: { from: ['checked_in', 'called'], to: 'called', time: 'any', bumpsSequence: false, kind: 'visit' },
  start: {
    from: ['checked_in', 'called'],
    to: 'in_progress',
    time: 'any',
    bumpsSequence: false,
    kind: 'visit',
  },
  complete: { from: ['in_progress'], to: 'completed', time: 'any', bumpsSequence: false, kind: 'visit' },
  no_show: {
    from: ['booked', 'checked_in', 'called'],
    to: 'no_show',
    time: 'from_start',
    bumpsSequence: true,
    // A callback is never a no-show: the hotline calls, the citizen does not come (the sweep skips it).
    kind: 'visit',
  },
  undo_no_show: {
    from: ['no_show'],
    to: 'checked_in',
    time: 'start_day',
    bumpsSequence: true,
    kind: 'visit',
  },
  cancel: { from: ['booked', 'checked_in'], to: 'cancelled', time: 'before_start', bumpsSequence: true },
  // The call is made on its own day (not a day early); "no answer" only once the citizen expects it.
  start_call: {
    from: ['booked'],
    to: 'in_progress',
    time: 'start_day',
    bumpsSequence: false,
    kind: 'callback',
  },
  record_outcome: {
    from: ['in_progress'],
    to: 'completed',
    time: 'any',
    bumpsSequence: false,
    kind: 'callback',
  },
  // Nobody answered (during the call, or the adviser could not get through at all).
  no_answer: {
    from: ['booked', 'in_progress'],
    to: 'booked',
    time: 'from_start',
    bumpsSequence: false,
    kind: 'callback',
    attempts: 0,
  },
  no_answer_final: {
    from: ['booked', 'in_progress'],
    to: 'completed',
    time: 'from_start',
    bumpsSequence: false,
    kind: 'callback',
    attempts: 1,
    afterLastCall: SECOND_TRY_AFTER_MINUTES,
  },
};

/** The status after the action, or undefined when the action is not allowed from `status`. */
export function nextStatus(status: BookingStatus, action: BookingAction): BookingStatus | undefined {
  const transition = TRANSITIONS[action];
  return transition.from.includes(status) ? transition.to : undefined;
}

/** Whether the time rule of `action` holds at `now` for a visit starting at `startsAt` in `zone`. */
export function inTime(action: BookingAction, startsAt: Date, now: Date, zone: string): boolean {
  const rule = TRANSITIONS[action].time;
  if (rule === 'before_start') return startsAt.getTime() > now.getTime();
  if (rule === 'from_start') return startsAt.getTime() <= now.getTime();
  if (rule === 'start_day') return localDate(startsAt, zone) === localDate(now, zone);
  return true;
}

/**
 * The first instant the time rules of `action` allow it, or null when that moment has passed for
 * good (a `start_day` step after its day, a `before_start` step after the start).
 */
export function possibleFrom(
  action: BookingAction,
  booking: { startsAt: Date; lastCallAt?: Date | null },
  now: Date,
  zone: string,
): Date | null {
  const transition = TRANSITIONS[action];
  const candidates = [now];
  if (transition.time === 'from_start') candidates.push(booking.startsAt);
  if (transition.time === 'start_day') {
    const day = localDayBounds(localDate(booking.startsAt, zone), zone);
    if (now.getTime() >= day.to.getTime()) return null;
    candidates.push(day.from);
  }
  if (transition.time === 'before_start' && booking.startsAt.getTime() <= now.getTime()) return null;
  if (transition.afterLastCall !== undefined && booking.lastCallAt)
    candidates.push(new Date(booking.lastCallAt.getTime() + transition.afterLastCall * 60_000));
  return new Date(Math.max(...candidates.map((instant) => instant.getTime())));
}

/** A status change with what it records. */
export type StatusChange =
  | { action: 'check_in' | 'undo_no_show'; queueDay: string }
  | { action: 'call' | 'start' | 'no_show' }
  | { action: 'complete'; outcome: VisitOutcome; canDoAloneNextTime: boolean }
  | { action: 'cancel'; reason: string; by: CancelledBy }
  | { action: 'start_call' | 'no_answer' }
  | {
      action: 'record_outcome';
      outcome: Exclude<CallbackOutcome, 'no_answer'>;
      guidanceOption: string | null;
      /** With `needs_visit`: the triage (source `phone`) the call made for the visit. */
      phoneTriageId: string | null;
    }
  | { action: 'no_answer_final' };

/** Which bookings a change applies to: some by id, or (the no-show sweep) those that started before an instant. */
export type StatusTarget = { ids: string[] } | { startedBefore: Date; onlyFrom: readonly BookingStatus[] };

/** What each action records besides the status, as column → value. */
function recorded(change: StatusChange, now: Date): Record<string, unknown> {
  switch (change.action) {
    case 'check_in':
      return { checked_in_at: now, queue_day: change.queueDay };
    case 'undo_no_show':
      return {};
    case 'call':
      return { called_at: now };
    case 'start':
      return { started_at: now };
    case 'complete':
      return {
        completed_at: now,
        outcome: change.outcome,
        can_do_alone_next_time: change.canDoAloneNextTime,
      };
    case 'cancel':
      return { cancelled_at: now, cancel_reason: change.reason, cancelled_by: change.by };
    case 'no_show':
      return {};
    case 'start_call':
      return { started_at: now };
    case 'record_outcome':
      return {
        completed_at: now,
        outcome: change.outcome,
        guidance_option: change.guidanceOption,
        phone_triage_id: change.phoneTriageId,
      };
    case 'no_answer':
      // The call that was not answered is not a call that happened: a second try starts afresh.
      return { started_at: null, call_attempts: 1, last_call_at: now };
    case 'no_answer_final':
      return {
        started_at: null,
        completed_at: now,
        outcome: 'no_answer',
        call_attempts: 2,
        last_call_at: now,
      };
  }
}

const nextQueueNumber = (day: string) =>
  `(SELECT coalesce(max(q.queue_number), 0) + 1 FROM bookings q
    WHERE q.location_id = bookings.location_id AND q.queue_day = ${day}::date)`;

/** An instant's local date at the booking's location (read, never written, from locations). */
const localDay = (instant: string) =>
  `(${instant} AT TIME ZONE (SELECT l.time_zone FROM locations l WHERE l.id = bookings.location_id))::date`;

/**
 * The one UPDATE that changes booking statuses: it only touches rows whose current status the
 * transition table allows to leave (and whose start fits the time rule), so two receptionists, an
 * adviser and the sweep racing each other can never make a step the table forbids.
 */
export function statusUpdate(
  change: StatusChange,
  target: StatusTarget,
  now: Date,
): { text: string; values: unknown[] } {
  const transition = TRANSITIONS[change.action];
  const values: unknown[] = [];
  const param = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  const at = param(now);
  const sets = [`status = ${param(transition.to)}`, `updated_at = ${at}`];
  for (const [column, value] of Object.entries(recorded(change, now)))
    sets.push(`${column} = ${param(value)}`);
  if (transition.bumpsSequence) sets.push('sequence = sequence + 1');
  if (change.action === 'check_in') {
    // Queue numbers restart every local day at each location; the unique index settles a tie.
    sets.push(`queue_number = ${nextQueueNumber(param(change.queueDay))}`);
  }
  if (change.action === 'undo_no_show') {
    // Back in the queue: one who was checked in before keeps their number.
    const day = param(change.queueDay);
    sets.push(
      `checked_in_at = coalesce(checked_in_at, ${at})`,
      `queue_day = coalesce(queue_day, ${day}::date)`,
      `queue_number = coalesce(queue_number, ${nextQueueNumber(day)})`,
    );
  }

  const where: string[] = [];
  let from = transition.from;
  if ('ids' in target) where.push(`id = ANY(${param(target.ids)}::uuid[])`);
  else {
    from = from.filter((status) => target.onlyFrom.includes(status));
    where.push(`starts_at < ${param(target.startedBefore)}`);
  }
  where.push(`status = ANY(${param(from)}::text[])`);
  if (transition.kind === 'visit') where.push('station_id IS NOT NULL');
  if (transition.kind === 'callback') where.push('station_id IS NULL');
  if (transition.attempts !== undefined) where.push(`call_attempts = ${param(transition.attempts)}`);
  if (transition.afterLastCall !== undefined) {
    // Checked here, not only before: two advisers pressing at once cannot both count a try.
    const latest = new Date(now.getTime() - transition.afterLastCall * 60_000);
    where.push(`(last_call_at IS NULL OR last_call_at <= ${param(latest)})`);
  }
  if (transition.time === 'before_start') where.push(`starts_at > ${at}`);
  if (transition.time === 'from_start') where.push(`starts_at <= ${at}`);
  if (transition.time === 'start_day')
    where.push(`${localDay('starts_at')} = ${localDay(`${at}::timestamptz`)}`);
  return {
    text: `UPDATE bookings SET ${sets.join(', ')} WHERE ${where.join(' AND ')} RETURNING id`,
    values,
  };
}
