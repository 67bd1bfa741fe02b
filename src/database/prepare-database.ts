import type { DataSource, EntityManager } from 'typeorm';

/** Any fixed 64-bit key; all instances of the API agree on it. */
const MIGRATION_LOCK_KEY = 4_702_191_188;

export interface PreparedDatabase {
  migrationsApplied: string[];
  seeded: boolean;
}

/**
 * Applies pending migrations and, when asked, seeds an empty database — under a PostgreSQL advisory
 * lock, so several instances starting at once apply each migration (and the demo data) exactly once.
 */
export async function prepareDatabase(
  dataSource: DataSource,
  seed?: (manager: EntityManager) => Promise<boolean>,
): Promise<PreparedDatabase> {
  const lockHolder = dataSource.createQueryRunner();
  await lockHolder.connect();
  try {
    await lockHolder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    const seeded = seed ? await dataSource.transaction(seed) : false;
    return { migrationsApplied: applied.map((m) => m.name), seeded };
  } finally {
    await lockHolder.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lockHolder.release();
  }
}
