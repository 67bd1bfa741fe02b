import type { TlsOptions } from 'node:tls';
import { parse } from 'pg-connection-string';
import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations/index.js';
import { ENTITIES } from './entities.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

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
    // A hung database must not hang requests (or start-up) forever.
    extra: { application_name: 'borgerservice-api', connectionTimeoutMillis: 5000, statement_timeout: 15000 },
    logging: false,
  };
}
