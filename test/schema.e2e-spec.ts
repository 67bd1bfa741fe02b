import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source.js';
import { createTestDatabase } from './support/test-database.js';

/** What TypeORM would change to make the database match the entities: nothing, if they agree. */
async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return log.upQueries.map((query) => query.query);
}

describe('schema', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url, 2)).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('is what the entities describe (entities and migrations agree)', async () => {
    expect(await pendingSchemaChanges(dataSource)).toEqual([]);
  });

  it('reverts every migration and applies them again', async () => {
    await dataSource.query('TRUNCATE errands, triage_sessions CASCADE');
    const migrations = dataSource.migrations.length;
    for (let i = 0; i < migrations; i++) await dataSource.undoLastMigration({ transaction: 'each' });

    const tables = await dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migrations'`,
    );
    expect(tables[0].count).toBe(0);

    const applied = await dataSource.runMigrations({ transaction: 'each' });
    expect(applied).toHaveLength(migrations);
    expect(await pendingSchemaChanges(dataSource)).toEqual([]);
  });
});
