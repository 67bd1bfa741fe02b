import { jest } from '@jest/globals';
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
import { readDemoHistory } from '../src/demo/history-file.js';
import { seedDemo, writersOf } from '../src/demo/seed.js';
import { type LoadedVisits, seedDemoVisits, visitWritersOf } from '../src/demo/seed-visits.js';
import { readDemoVisits } from '../src/demo/visits-file.js';
import { freeSlots, visitTriage } from './support/flows.js';
import { FixedClock } from './support/test-app.js';
import { createDatabase, dropDatabase, TEMPLATE_URL_ENV } from './support/test-database.js';

/**
 * The demo as `npm start` loads it: into an empty database, after the migrations, through the
 * owners' writers. Only this file uses the demo data; every other test builds its own.
 */
// Migrations, the whole demo and its visits: more than Jest's default hook time on a busy machine.
jest.setTimeout(60_000);

/** A Wednesday late morning: some of today's demo visits are over, some wait, some are to come. */
const NOW = '2026-11-25T11:30:00+01:00';

describe('the demo', () => {
  const serverUrl = process.env[TEMPLATE_URL_ENV]!;
  const name = `borgerservice_demo_${randomBytes(4).toString('hex')}`;
  let app: NestFastifyApplication;
  let http: App;
  let seeded: boolean;
  let visits: LoadedVisits;

  beforeAll(async () => {
    const url = await createDatabase(serverUrl, name);
    const moduleRef = await Test.createTestingModule({ imports: [AppModule.forDatabase(url)] })
      .overrideProvider(Clock)
      .useValue(new FixedClock(new Date(NOW)))
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
    // As main.ts does: the visits after the committed seed, through the services.
    visits = await seedDemoVisits(visitWritersOf(app), readDemoVisits('2026-11-25'));
    await app.getHttpAdapter().getInstance().ready();
    http = app.getHttpServer() as App;
  });
  afterAll(async () => {
    await app.close();
    await dropDatabase(serverUrl, name);
  });

  const count = async (table: string) =>
    (await app.get(DataSource).query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

  it('loads the catalog, four places, the hotline, twelve advisers and one sign-in per role into an empty database', async () => {
    expect(seeded).toBe(true);
    expect(await count('errands')).toBe(21);
    expect(await count('locations')).toBe(5);
    expect(await count('stations')).toBe(10);
    expect(await count('advisers')).toBe(12);
    expect(await count('staff_accounts')).toBe(5);
    const [hotline] = await app.get(DataSource).query<{ kind: string; stations: number; advisers: number }[]>(
      `SELECT l.kind, (SELECT count(*)::int FROM stations s WHERE s.location_id = l.id) AS stations,
                (SELECT count(DISTINCT w.adviser_id)::int FROM working_times w WHERE w.location_id = l.id) AS advisers
         FROM locations l WHERE l.code = 'HOTLINE'`,
    );
    expect(hotline).toEqual({ kind: 'hotline', stations: 0, advisers: 2 });
  });

  it('loads eight weeks of triage counts for the statistics, as the history file gives them', async () => {
    const expected = readDemoHistory('2026-11-25');
    const [stored] = await app
      .get(DataSource)
      .query<{ rows: number; triages: number; first: string }[]>(
        `SELECT count(*)::int AS rows, sum(triages)::int AS triages, min(day)::text AS first FROM triage_days`,
      );
    expect(stored).toEqual({
      rows: expected.length,
      triages: expected.reduce((sum, row) => sum + row.triages, 0),
      first: '2026-09-30',
    });
  });

  it('signs in the demo staff with the passwords the README lists', async () => {
    for (const [email, password] of [
      ['admin@syddjurs-demo.dk', 'demo-admin-2026'],
      ['reception@syddjurs-demo.dk', 'demo-reception-2026'],
      ['mette.soerensen@syddjurs-demo.dk', 'demo-adviser-2026'],
      ['statistik@syddjurs-demo.dk', 'demo-stats-2026'],
      ['hotline@syddjurs-demo.dk', 'demo-hotline-2026'],
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

  it('has visits today and in the coming days, relative to the clock, skipping what does not fit', async () => {
    expect(visits.placed).toBeGreaterThanOrEqual(18);
    // A Wednesday: Mette works, so do the others at the main office; next week's Wednesday too.
    expect(visits.skipped).toEqual([]);
    const signIn = await request(http)
      .post('/auth/login')
      .send({ email: 'mette.soerensen@syddjurs-demo.dk', password: 'demo-adviser-2026' })
      .expect(200);
    const auth = `Bearer ${signIn.body.accessToken as string}`;
    const today = await request(http).get('/advisers/me/day').set('Authorization', auth).expect(200);
    expect(today.body.date).toBe('2026-11-25');
    const statuses = (today.body.visits as { status: string; start: string }[]).map((v) => [
      v.start.slice(11, 16),
      v.status,
    ]);
    // Before 11:30 the visits are over (or did not come); the waiting ones wait; later ones are booked.
    expect(statuses).toEqual([
      ['10:00', 'completed'],
      ['10:30', 'completed'],
      ['11:15', 'no_show'],
      ['11:45', 'checked_in'],
      ['12:15', 'checked_in'],
      ['12:45', 'booked'],
      ['13:30', 'booked'],
    ]);
    const tomorrow = await request(http)
      .get('/advisers/me/day?date=2026-11-26')
      .set('Authorization', auth)
      .expect(200);
    expect(tomorrow.body.visits.length).toBeGreaterThanOrEqual(3);
  });

  it('has calls on the demo hotline adviser’s list today and tomorrow, each with the number to call', async () => {
    const signIn = await request(http)
      .post('/auth/login')
      .send({ email: 'hotline@syddjurs-demo.dk', password: 'demo-hotline-2026' })
      .expect(200);
    const list = await request(http)
      .get('/hotline/HOTLINE/callbacks')
      .set('Authorization', `Bearer ${signIn.body.accessToken as string}`)
      .expect(200);
    const calls = JSON.stringify(list.body);
    expect(calls).toContain('Bente Lund');
    expect(calls).toContain('Poul Kjær');
    const [stored] = await app.get(DataSource).query<{ callbacks: number; phones: number }[]>(
      `SELECT count(*)::int AS callbacks, count(citizen_phone_normalized)::int AS phones
         FROM bookings WHERE station_id IS NULL`,
    );
    // Today's two and tomorrow's one, each with the number to call.
    expect(stored).toEqual({ callbacks: 3, phones: 3 });
  });

  it('has a queue at the main office today, with one citizen called to a station', async () => {
    const queue = await request(http).get('/locations/MAIN/queue').expect(200);
    const entries = queue.body.queue as { queueNumber: number; state: string; station: string | null }[];
    expect(entries.filter((e) => e.state === 'waiting').length).toBeGreaterThanOrEqual(4);
    expect(entries.filter((e) => e.state === 'called')).toEqual([
      { queueNumber: expect.any(Number), state: 'called', station: expect.any(String) },
    ]);
  });

  it('loads nothing into a database that has data', async () => {
    const writers = writersOf(app);
    const again = await prepareDatabase(app.get(DataSource), (manager) =>
      seedDemo(writers, manager, '2026-11-25'),
    );
    expect(again).toEqual({ migrationsApplied: [], seeded: false });
    expect(await count('locations')).toBe(5);
  });
});
