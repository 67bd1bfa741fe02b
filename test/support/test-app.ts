import { fileURLToPath } from 'node:url';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import type { App } from 'supertest/types.js';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module.js';
import { configureApp, createFastifyAdapter } from '../../src/app.setup.js';
import { Clock } from '../../src/common/clock/clock.js';
import { loadSettings } from '../../src/config/settings.js';
import { readDemoSchedule } from '../../src/demo/schedule-file.js';
import { loadSchedule, loadStaff, writersOf } from '../../src/demo/seed.js';
import { readStaffFile } from '../../src/demo/staff-file.js';
import { ErrandsService } from '../../src/errands/errands.service.js';
import { TEST_TODAY } from './prepare-template.js';
import { STAFF_FILE } from './staff.js';
import { createTestDatabase } from './test-database.js';

const MUNICIPALITY_FILE = fileURLToPath(new URL('../fixtures/municipality.json', import.meta.url));

/**
 * The test municipality (test/fixtures): four places, ten advisers and a sign-in per role, written
 * through the same writers and DTO checks as the admin API.
 */
async function loadTestMunicipality(app: NestFastifyApplication): Promise<void> {
  const writers = writersOf(app);
  const catalog = (await app.get(ErrandsService).findAll()).map((errand) => errand.code);
  await app.get(DataSource).transaction(async (manager) => {
    const schedule = readDemoSchedule(TEST_TODAY, MUNICIPALITY_FILE);
    const adviserIds = await loadSchedule(writers, manager, schedule, catalog);
    await loadStaff(writers, manager, readStaffFile(STAFF_FILE), adviserIds);
  });
}

/** A clock the test moves by hand. */
export class FixedClock extends Clock {
  constructor(private current: Date) {
    super();
  }

  now(): Date {
    return new Date(this.current);
  }

  set(instant: Date | string): void {
    this.current = new Date(instant);
  }
}

export interface TestApp {
  app: NestFastifyApplication;
  http: App;
  dataSource: DataSource;
  clock: FixedClock;
  /** Drops the database under the running app (its connections are cut). */
  dropDatabase(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The real application, configured exactly as in production by configureApp(), on its own copy of
 * the migrated test database with the catalog; with the test municipality unless `municipality:
 * false` (then a test builds what it needs with the factories).
 */
export async function createTestApp(
  options: { now?: string; municipality?: boolean } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const clock = new FixedClock(new Date(options.now ?? '2026-11-25T09:00:00+01:00'));
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forDatabase(database.url)] })
    .overrideProvider(Clock)
    .useValue(clock)
    .compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(
    createFastifyAdapter(loadSettings(process.env)),
  );
  configureApp(app);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  if (options.municipality !== false) await loadTestMunicipality(app);
  return {
    app,
    http: app.getHttpServer() as App,
    dataSource: app.get(DataSource),
    clock,
    dropDatabase: database.drop,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
