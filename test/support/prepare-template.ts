import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source.js';
import { prepareDatabase } from '../../src/database/prepare-database.js';
import { seedDemoData } from '../../src/demo/demo-data.js';

/** The day the demo data is anchored to; FixedClock starts here too, so tests are reproducible. */
export const DEMO_TODAY = '2026-11-25';

/** Migrations and demo data, through the same code path as the API's start-up. */
export async function prepareTemplate(url: string): Promise<void> {
  const dataSource = new DataSource(dataSourceOptions(url, 2));
  await dataSource.initialize();
  try {
    await prepareDatabase(dataSource, (manager) => seedDemoData(manager, DEMO_TODAY));
  } finally {
    await dataSource.destroy();
  }
}
