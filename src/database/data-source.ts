import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations/index.js';
import { ENTITIES } from './entities.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

/**
 * Connection options shared by the API, the test set-up and the migration tooling. The schema comes
 * only from `migrations/`: `synchronize` stays off everywhere.
 */
export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
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
