import { DataSource, type DataSourceOptions, type EntityManager } from 'typeorm';
import { MAINTENANCE_TIMEOUTS } from './data-source.js';

/** Any fixed 64-bit key; all instances of the API agree on it. */
const MIGRATION_LOCK_KEY = 4_702_191_188;

export interface PreparedDatabase {
  migrationsApplied: string[];
  seeded: boolean;
}

/**
 * The same database, entities and migrations as `dataSource`, on a small pool of its own without
 * the request time limits: a migration that rewrites a large table may rightly run for minutes.
 */
function maintenanceSource(dataSource: DataSource): DataSource {
  const options = dataSource.options as DataSourceOptions & { extra?: Record<string, unknown> };
  return new DataSource({
    ...options,
    poolSize: 2,
    extra: { ...options.extra, ...MAINTENANCE_TIMEOUTS },
  } as DataSourceOptions);
}

/**
 * Applies pending migrations and, when asked, seeds an empty database — under a PostgreSQL advisory
 * lock, so several instances starting at once apply each migration (and the demo data) exactly once.
 */
export async function prepareDatabase(
  dataSource: DataSource,
  seed?: (manager: EntityManager) => Promise<boolean>,
): Promise<PreparedDatabase> {
  const maintenance = await maintenanceSource(dataSource).initialize();
  try {
    const lockHolder = maintenance.createQueryRunner();
    await lockHolder.connect();
    try {
      await lockHolder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
      const applied = await maintenance.runMigrations({ transaction: 'each' });
      const seeded = seed ? await maintenance.transaction(seed) : false;
      return { migrationsApplied: applied.map((m) => m.name), seeded };
    } finally {
      await lockHolder.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
      await lockHolder.release();
    }
  } finally {
    await maintenance.destroy();
  }
}
