import pg from 'pg';
import { isReadTimeout, markAsDatabaseError } from './database-errors.js';

type Callback = (error: unknown, ...rest: unknown[]) => unknown;
type AnyMethod = (...args: unknown[]) => unknown;

/** `method` with `onError` applied to its error, whether it calls back (last argument) or returns a promise. */
function withErrorsThrough(method: AnyMethod, onError: (error: unknown) => unknown): AnyMethod {
  return (...args: unknown[]) => {
    const last = args.at(-1);
    if (typeof last === 'function') {
      const callback = last as Callback;
      args[args.length - 1] = (error: unknown, ...rest: unknown[]) =>
        callback(error ? onError(error) : error, ...rest);
      return method(...args);
    }
    const result = method(...args);
    return result instanceof Promise
      ? result.catch((error: unknown) => {
          throw onError(error);
        })
      : result;
  };
}

/**
 * The pool's client class. Two things differ from pg.Client:
 *
 * - Errors of connecting and querying are marked as the database's (see `markAsDatabaseError`),
 *   so a refused connection here answers 503 DATABASE_UNAVAILABLE, while the same socket error
 *   from another service (Redis, SMTP) does not pretend to be the database.
 * - A query that hit the client-side read timeout (`query_timeout`: a frozen or unreachable server)
 *   ends the connection. node-postgres keeps such a query in flight, so the connection would go
 *   back to the pool still inside its transaction; whoever borrowed it next would run (and commit)
 *   in that stale transaction once the server answers again. Ended, the pool drops it, and the
 *   server rolls the transaction back when it sees the connection close.
 */
export class GuardedClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    const self = this as unknown as { query: AnyMethod; connect: AnyMethod };
    self.query = withErrorsThrough(this.query.bind(this) as AnyMethod, (error) => {
      if (isReadTimeout(error)) void this.end().catch(() => undefined);
      return markAsDatabaseError(error);
    });
    self.connect = withErrorsThrough(this.connect.bind(this) as AnyMethod, markAsDatabaseError);
  }
}
