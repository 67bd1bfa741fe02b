import type { DataSource } from 'typeorm';
import type { ClaimedNotification } from './delivery.js';

/**
 * Claims up to $3 due messages for this worker until $2 (the lease): rows another worker holds are
 * skipped (SKIP LOCKED) and, once claimed, carry a future locked_until that keeps them from every
 * other worker; a worker that dies mid-send only delays its rows until the lease ends. $1 is now.
 */
const CLAIM_SQL = `
UPDATE notifications SET locked_until = $2, attempts = attempts + 1
WHERE id IN (
  SELECT id FROM notifications
  WHERE status = 'pending' AND due_at <= $1 AND (locked_until IS NULL OR locked_until < $1)
  ORDER BY due_at
  LIMIT $3
  FOR UPDATE SKIP LOCKED
)
RETURNING id, booking_id AS "bookingId", kind, channel, attempts, manage_token AS "manageToken",
          previous_starts_at AS "previousStartsAt"`;

/**
 * Every outcome writes only the row this worker claimed, as it claimed it (attempts): a row a move
 * or cancellation deleted meanwhile, or another worker claimed after a lapsed lease, is left alone.
 */
const SENT_SQL = `
UPDATE notifications n
SET status = 'sent', sent_at = $3, manage_token = NULL, locked_until = NULL, last_error = NULL
FROM unnest($1::uuid[], $2::int[]) AS claimed (id, attempts)
WHERE n.id = claimed.id AND n.attempts = claimed.attempts AND n.status = 'pending'`;

/** Not sent, for good: skipped (nothing to send any more) or failed (given up). The token goes. */
const CLOSED_SQL = `
UPDATE notifications SET status = $3, manage_token = NULL, locked_until = NULL, last_error = $4
WHERE id = $1 AND attempts = $2 AND status = 'pending'`;

/** Try again at $3: free for any worker then. */
const RETRY_SQL = `
UPDATE notifications SET due_at = $3, locked_until = NULL, last_error = $4
WHERE id = $1 AND attempts = $2 AND status = 'pending'`;

/**
 * The manage token waits in the outbox only for a message about to go: after an hour unsent (the
 * mail server down), the message goes without the link (the citizen's receipt page has it), so a
 * copy of the database never holds a usable token for long.
 */
export const MANAGE_TOKEN_TTL_MS = 60 * 60_000;

const FORGET_TOKENS_SQL = `
UPDATE notifications SET manage_token = NULL
WHERE status = 'pending' AND manage_token IS NOT NULL AND created_at < $1`;

type Row = Pick<ClaimedNotification, 'id' | 'attempts'>;

export async function claimDue(
  dataSource: DataSource,
  now: Date,
  lockedUntil: Date,
  limit: number,
): Promise<ClaimedNotification[]> {
  const [rows] = await dataSource.query<[ClaimedNotification[], number]>(CLAIM_SQL, [
    now,
    lockedUntil,
    limit,
  ]);
  return rows;
}

/** A batch's sent messages in one statement: one commit instead of one per message. */
export async function markSent(dataSource: DataSource, rows: Row[], now: Date): Promise<void> {
  if (rows.length === 0) return;
  await dataSource.query(SENT_SQL, [rows.map((row) => row.id), rows.map((row) => row.attempts), now]);
}

export async function markClosed(
  dataSource: DataSource,
  row: Row,
  status: 'skipped' | 'failed',
  reason: string,
): Promise<void> {
  await dataSource.query(CLOSED_SQL, [row.id, row.attempts, status, reason]);
}

export async function markRetry(dataSource: DataSource, row: Row, at: Date, reason: string): Promise<void> {
  await dataSource.query(RETRY_SQL, [row.id, row.attempts, at, reason]);
}

/** Erases the manage tokens of messages written before `before` and still not sent. */
export async function forgetOldTokens(dataSource: DataSource, before: Date): Promise<number> {
  const [, count] = await dataSource.query<[unknown, number]>(FORGET_TOKENS_SQL, [before]);
  return count;
}
