import pg from 'pg';
import { QueryFailedError } from 'typeorm';

/**
 * SQLSTATEs that mean "the database cannot serve us right now", not "this request is wrong":
 * class 08 (connection exception), 53300 (too many connections), 57P01-57P03 (shutting down,
 * crashed, starting up), 57014 (query cancelled: our statement_timeout), 55P03 (lock timeout),
 * 25P03 (idle-in-transaction timeout), and on connecting 28xxx (login refused) and 3D000 (the
 * database is gone).
 */
const UNAVAILABLE_SQLSTATES = /^(08...|28...|3D000|53300|57P0[1-3]|57014|55P03|25P03)$/;

/** Socket errors of connecting to, or talking with, the database server. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * What node-postgres and pg-pool say when the server is gone or does not answer in time: a cut
 * connection, the pool's connection timeout, the client's read timeout (a frozen server), a query
 * on a client that lost its connection.
 */
const DRIVER_MESSAGES =
  /^(timeout exceeded when trying to connect|Connection terminated|Query read timeout|Client has encountered a connection error|Client was closed and is not queryable)/;

/** Errors our database client raised (see GuardedClient); a WeakSet keeps them unchanged. */
const FROM_DATABASE = new WeakSet<object>();

/** Marks an error as raised while connecting to or querying the database. Returns it. */
export function markAsDatabaseError<T>(error: T): T {
  if (error && typeof error === 'object') FROM_DATABASE.add(error);
  return error;
}

/** node-postgres gave up waiting for the answer to a query (`query_timeout`). */
export function isReadTimeout(error: unknown): boolean {
  return error instanceof Error && error.message === 'Query read timeout';
}

interface ErrorFields {
  code?: unknown;
  syscall?: unknown;
  message?: unknown;
  cause?: unknown;
  errors?: unknown;
}

function describe(error: object, fromDatabase: boolean): string | undefined {
  const { code, syscall, message } = error as ErrorFields;
  const text = typeof message === 'string' ? message : '';
  if (error instanceof pg.DatabaseError)
    return typeof code === 'string' && UNAVAILABLE_SQLSTATES.test(code) ? `${code} ${text}` : undefined;
  if (DRIVER_MESSAGES.test(text)) return text;
  if (!fromDatabase) return undefined;
  if (typeof code === 'string' && NETWORK_CODES.has(code)) return `${code} ${text}`.trim();
  // A Unix socket whose server has stopped: its file is gone.
  if (code === 'ENOENT' && syscall === 'connect') return `${code} ${text}`.trim();
  return undefined;
}

/**
 * Why the database could not serve a query — unreachable, shutting down, frozen, or too slow — or
 * `undefined` when the error is something else (a constraint, a bug, another service's socket).
 * Looks through TypeORM's QueryFailedError, `cause` chains and AggregateErrors (a refused
 * connection to both ::1 and 127.0.0.1).
 */
export function databaseUnavailableReason(error: unknown): string | undefined {
  return reasonOf(error, false, 0);
}

function reasonOf(error: unknown, fromDatabase: boolean, depth: number): string | undefined {
  if (depth > 5 || !error || typeof error !== 'object') return undefined;
  if (error instanceof QueryFailedError) return reasonOf(error.driverError, true, depth + 1);
  const marked = fromDatabase || FROM_DATABASE.has(error);
  const own = describe(error, marked);
  if (own) return own;
  const { cause, errors } = error as ErrorFields;
  for (const inner of Array.isArray(errors) ? errors : []) {
    const reason = reasonOf(inner, marked, depth + 1);
    if (reason) return reason;
  }
  return reasonOf(cause, marked, depth + 1);
}
