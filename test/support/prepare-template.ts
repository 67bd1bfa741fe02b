import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source.js';
import { prepareDatabase } from '../../src/database/prepare-database.js';
import { readErrandFiles } from '../../src/demo/catalog-files.js';
import { saveErrand } from '../../src/errands/catalog.writer.js';
import { Errand } from '../../src/errands/entities/errand.entity.js';

/** The errand catalog (product data, the same files the demo loads) into an empty database. */
export async function loadCatalogInto(manager: EntityManager): Promise<boolean> {
  if (await manager.exists(Errand)) return false;
  for (const definition of readErrandFiles()) await saveErrand(manager, definition);
  return true;
}

/**
 * The template every test database is copied from: the migrations and the errand catalog, through
 * the same start-up path as the API. Places, advisers and sign-ins are each test's own
 * (test/support/factories.ts), never the demo's.
 */
export async function prepareTemplate(url: string): Promise<void> {
  const dataSource = new DataSource(dataSourceOptions(url, 2));
  await dataSource.initialize();
  try {
    await prepareDatabase(dataSource, loadCatalogInto);
  } finally {
    await dataSource.destroy();
  }
}
