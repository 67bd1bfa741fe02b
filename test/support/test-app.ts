import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import type { App } from 'supertest/types.js';
import { DataSource } from 'typeorm';
import { AppModule, type LogTarget } from '../../src/app.module.js';
import { configureApp, createFastifyAdapter } from '../../src/app.setup.js';
import { Clock } from '../../src/common/clock/clock.js';
import type { ConfigService } from '@nestjs/config';
import { loadSettings, type Settings } from '../../src/config/settings.js';
import { SettingsService } from '../../src/config/settings.service.js';
import { createTestDatabase } from './test-database.js';

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
 * the migrated test database with the errand catalog. Places, advisers and sign-ins: each test
 * builds its own with the factories (test/support/factories.ts).
 */
export async function createTestApp(
  options: {
    now?: string;
    /** Where the app's logs go, from which level (instead of stdout and LOG_LEVEL=silent). */
    log?: LogTarget;
    /** Settings for this app only, over the environment (e.g. `{ ALTCHA_ENABLED: 'true' }`). */
    env?: Record<string, string>;
  } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const clock = new FixedClock(new Date(options.now ?? '2026-11-25T09:00:00+01:00'));
  const settings = loadSettings({ ...process.env, ...options.env });
  const config = { get: (key: keyof Settings) => settings[key] } as unknown as ConfigService<Settings, true>;
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forDatabase(database.url, options.log)],
  })
    .overrideProvider(Clock)
    .useValue(clock)
    .overrideProvider(SettingsService)
    .useValue(new SettingsService(config))
    .compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(createFastifyAdapter(settings));
  await configureApp(app);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
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
