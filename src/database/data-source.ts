import type { TlsOptions } from 'node:tls';
import { parse } from 'pg-connection-string';
import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations/index.js';
import { ENTITIES } from './entities.js';
import { GuardedClient } from './guarded-client.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

/**
 * How long a request waits for the database, so that a database that is down, frozen or swamped
 * answers 503 DATABASE_UNAVAILABLE within 2 s instead of hanging (figures: README, "When the
 * database fails"):
 *
 * - `connectionTimeoutMillis` 1500: the wait for a pooled connection, or for a new one to connect
 *   (a local connect with SCRAM takes a few ms; a frozen server accepts the socket but never
 *   answers). It also bounds the queue for the pool: the bench's 200 simultaneous bookings of one
 *   start waited over 1 s for a connection on the loaded 2-core machine (1000 gave 503s there).
 * - `statement_timeout` 1500: PostgreSQL cancels a statement running longer (57014). Not below
 *   PostgreSQL's `deadlock_timeout` (1 s) plus a margin: a booking caught in a deadlock must get
 *   40P01 and be retried, not time out first. The slowest request query, 14 days of availability,
 *   has p99 ~40 ms under bench load.
 * - `query_timeout` 1600: the client gives up on an answer that does not come (a frozen or
 *   unreachable server cannot cancel anything itself); just above statement_timeout, so a slow but
 *   live server reports 57014 first.
 * - `idle_in_transaction_session_timeout` 10000: a transaction the API lost track of is rolled back
 *   by the server instead of holding its locks (the API never idles inside a transaction).
 *
 * Once an outage is under way every answer comes within 1.6 s; a request caught at its very start,
 * having queued for a connection and then sent a query to a server freezing under it, may take up
 * to 3.1 s. Migrations and the demo seed run without these limits (see prepareDatabase): a
 * migration may rightly take minutes.
 */
export const REQUEST_TIMEOUTS = {
  connectionTimeoutMillis: 1500,
  statement_timeout: 1500,
  query_timeout: 1600,
  idle_in_transaction_session_timeout: 10_000,
};

/** For start-up work (migrations, seeding): a slow statement is fine, a dead server still is not. */
export const MAINTENANCE_TIMEOUTS = {
  connectionTimeoutMillis: 5000,
  statement_timeout: 0,
  query_timeout: 0,
  idle_in_transaction_session_timeout: 0,
};

/**
 * Connection options shared by the API, the test set-up and the migration tooling. The schema comes
 * only from `migrations/`: `synchronize` stays off everywhere.
 */
export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  // pg's own parser, not TypeORM's: it honours ?sslmode=… and ?host=/socket/dir (Unix sockets).
  const connection = parse(url);
  return {
    type: 'postgres',
    host: connection.host ?? 'localhost',
    port: connection.port ? Number(connection.port) : 5432,
    username: connection.user,
    password: connection.password,
    database: connection.database ?? undefined,
    ...(connection.ssl !== undefined && { ssl: connection.ssl as TlsOptions | boolean }),
    synchronize: false,
    migrationsRun: false,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    namingStrategy: new SnakeNamingStrategy(),
    // Primary keys use gen_random_uuid() (built in since PostgreSQL 13); no uuid-ossp needed.
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    poolSize,
    extra: { application_name: 'borgerservice-api', Client: GuardedClient, ...REQUEST_TIMEOUTS },
    logging: false,
  };
}
