import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source.js';
import { prepareDatabase } from '../src/database/prepare-database.js';
import { MIGRATIONS } from '../migrations/index.js';
import { loadCatalogInto } from './support/prepare-template.js';
import { createDatabase, dropDatabase, TEMPLATE_URL_ENV } from './support/test-database.js';

describe('prepareDatabase (start-up of several instances at once)', () => {
  const serverUrl = process.env[TEMPLATE_URL_ENV]!;
  const name = `borgerservice_empty_${randomBytes(4).toString('hex')}`;
  let sources: DataSource[] = [];

  beforeAll(async () => {
    const url = await createDatabase(serverUrl, name);
    sources = await Promise.all([1, 2, 3].map(() => new DataSource(dataSourceOptions(url, 2)).initialize()));
  });
  afterAll(async () => {
    await Promise.all(sources.map((source) => source.destroy()));
    await dropDatabase(serverUrl, name);
  });

  it('applies each migration and the seed data exactly once', async () => {
    const results = await Promise.all(sources.map((source) => prepareDatabase(source, loadCatalogInto)));

    expect(results.flatMap((r) => r.migrationsApplied)).toHaveLength(MIGRATIONS.length);
    expect(results.filter((r) => r.seeded)).toHaveLength(1);
    const [{ count }] = await sources[0].query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM errands',
    );
    expect(count).toBe(21);
  });

  it('does nothing on a database that is up to date', async () => {
    expect(await prepareDatabase(sources[0], loadCatalogInto)).toEqual({
      migrationsApplied: [],
      seeded: false,
    });
  });
});
