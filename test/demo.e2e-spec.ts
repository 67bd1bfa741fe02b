import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import type { App } from 'supertest/types.js';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module.js';
import { configureApp, createFastifyAdapter } from '../src/app.setup.js';
import { Clock } from '../src/common/clock/clock.js';
import { loadSettings } from '../src/config/settings.js';
import { prepareDatabase } from '../src/database/prepare-database.js';
import { seedDemo, writersOf } from '../src/demo/seed.js';
import { freeSlots, visitTriage } from './support/flows.js';
import { FixedClock } from './support/test-app.js';
import { createDatabase, dropDatabase, TEMPLATE_URL_ENV } from './support/test-database.js';

/**
 * The demo as `npm start` loads it: into an empty database, after the migrations, through the
 * owners' writers. Only this file uses the demo data; every other test builds its own.
 */
describe('the demo', () => {
  const serverUrl = process.env[TEMPLATE_URL_ENV]!;
  const name = `borgerservice_demo_${randomBytes(4).toString('hex')}`;
  let app: NestFastifyApplication;
  let http: App;
  let seeded: boolean;

  beforeAll(async () => {
    const url = await createDatabase(serverUrl, name);
    const moduleRef = await Test.createTestingModule({ imports: [AppModule.forDatabase(url)] })
      .overrideProvider(Clock)
      .useValue(new FixedClock(new Date('2026-11-25T09:00:00+01:00')))
      .compile();
    app = moduleRef.createNestApplication<NestFastifyApplication>(
      createFastifyAdapter(loadSettings(process.env)),
    );
    await configureApp(app);
    const writers = writersOf(app);
    ({ seeded } = await prepareDatabase(app.get(DataSource), (manager) =>
      seedDemo(writers, manager, '2026-11-25'),
    ));
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    http = app.getHttpServer() as App;
  });
  afterAll(async () => {
    await app.close();
    await dropDatabase(serverUrl, name);
  });

  const count = async (table: string) =>
    (await app.get(DataSource).query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

  it('loads the catalog, four places, ten advisers and one sign-in per role into an empty database', async () => {
    expect(seeded).toBe(true);
    expect(await count('errands')).toBe(21);
    expect(await count('locations')).toBe(4);
    expect(await count('stations')).toBe(10);
    expect(await count('advisers')).toBe(10);
    expect(await count('staff_accounts')).toBe(3);
  });

  it('signs in the demo staff with the passwords the README lists', async () => {
    for (const [email, password] of [
      ['admin@syddjurs-demo.dk', 'demo-admin-2026'],
      ['reception@syddjurs-demo.dk', 'demo-reception-2026'],
      ['mette.soerensen@syddjurs-demo.dk', 'demo-adviser-2026'],
    ]) {
      await request(http).post('/auth/login').send({ email, password }).expect(200);
    }
  });

  it('offers passport visits at the main office, and the bus only on its event days', async () => {
    const passport = await visitTriage(http, 'PAS_VOKSEN');
    const week = await freeSlots(http, {
      triage: passport,
      from: '2026-11-30',
      to: '2026-12-04',
      location: 'MAIN',
    });
    expect(week.flatMap((day) => day.slots).length).toBeGreaterThan(20);
    const moving = await visitTriage(http, 'FLYT');
    const bus = await freeSlots(http, {
      triage: moving,
      from: '2026-11-26',
      to: '2026-12-25',
      location: 'BUS',
    });
    expect(bus.filter((day) => day.slots.length > 0).map((day) => day.date)).toEqual([
      '2026-12-05',
      '2026-12-19',
    ]);
  });

  it('loads nothing into a database that has data', async () => {
    const writers = writersOf(app);
    const again = await prepareDatabase(app.get(DataSource), (manager) =>
      seedDemo(writers, manager, '2026-11-25'),
    );
    expect(again).toEqual({ migrationsApplied: [], seeded: false });
    expect(await count('locations')).toBe(4);
  });
});
