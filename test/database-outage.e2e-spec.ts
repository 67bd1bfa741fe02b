import { randomBytes, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { Writable } from 'node:stream';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import pg from 'pg';
import request, { type Response } from 'supertest';
import type { App } from 'supertest/types.js';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module.js';
import { configureApp, createFastifyAdapter } from '../src/app.setup.js';
import { Clock } from '../src/common/clock/clock.js';
import { loadSettings } from '../src/config/settings.js';
import { dataSourceOptions } from '../src/database/data-source.js';
import { DatabaseOutageWatcher } from '../src/database/database-outage.watcher.js';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../src/database/embedded-postgres.js';
import { givenOffice, givenStaff, type Office } from './support/factories.js';
import { visitTriage } from './support/flows.js';
import { prepareTemplate } from './support/prepare-template.js';
import { FixedClock, type TestApp } from './support/test-app.js';

/*
 * These tests stop, freeze and kill a PostgreSQL of their own (embedded, on a free port, data in
 * .data/), never the server the other tests use.
 */

const DATABASE = 'borgerservice_outage';
/** The promise to clients: an answer within 2 s, whatever the database does. */
const ANSWER_WITHIN_MS = 2000;

/** Every line the app logs. */
class LogCapture extends Writable {
  readonly messages: string[] = [];

  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    for (const line of String(chunk).split('\n').filter(Boolean))
      this.messages.push(String((JSON.parse(line) as { msg?: unknown }).msg));
    done();
  }

  count(message: string): number {
    return this.messages.filter((m) => m === message).length;
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The postmaster (first line of postmaster.pid) and every process it started: backends, writers. */
function postgresProcesses(dataDir: string): number[] {
  const postmaster = Number(readFileSync(`${dataDir}/postmaster.pid`, 'utf8').split('\n')[0]);
  const children = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster;
      } catch {
        return false; // ended meanwhile
      }
    })
    .map(Number);
  return [postmaster, ...children];
}

function signal(pids: number[], name: NodeJS.Signals): void {
  for (const pid of pids) {
    try {
      process.kill(pid, name);
    } catch {
      // already gone
    }
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function eventually(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await sleep(200);
  }
}

describe('when the database is down, frozen or dies', () => {
  const dataDir = `.data/outage-${process.pid}-${randomBytes(3).toString('hex')}`;
  const log = new LogCapture();
  let port: number;
  let embedded: EmbeddedDatabase;
  let t: TestApp;
  let office: Office;
  let triage: string;
  let bearer: string;
  let frozen: number[] = [];

  const start = () => startEmbeddedPostgres({ dataDir, port, database: DATABASE });

  beforeAll(async () => {
    port = await freePort();
    embedded = await start();
    await prepareTemplate(embedded.url);
    const clock = new FixedClock(new Date('2026-11-25T09:00:00+01:00'));
    const moduleRef = await Test.createTestingModule({
      imports: [AppModule.forDatabase(embedded.url, { stream: log, level: 'info' })],
    })
      .overrideProvider(Clock)
      .useValue(clock)
      .compile();
    const app = moduleRef.createNestApplication<NestFastifyApplication>(
      createFastifyAdapter(loadSettings(process.env)),
    );
    await configureApp(app);
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    t = {
      app,
      http: app.getHttpServer() as App,
      dataSource: app.get(DataSource),
      clock,
      dropDatabase: () => Promise.reject(new Error('not here')),
      close: () => app.close(),
    };
    office = await givenOffice(t);
    bearer = await givenStaff(t, 'reception');
    triage = await visitTriage(t.http);
  }, 60_000);

  afterAll(async () => {
    signal(frozen, 'SIGCONT');
    await t?.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true });
    await rm(`${dataDir}.password`, { force: true });
  }, 60_000);

  /** One request of every kind: public reads, the two anonymous writes, a staff endpoint, health. */
  const calls: [string, () => request.Test][] = [
    ['GET /triage/{id}', () => request(t.http).get(`/triage/${triage}`)],
    [
      'GET /availability',
      () =>
        request(t.http)
          .get('/availability')
          .query({ triage, from: '2026-11-26', to: '2026-11-26', location: office.code }),
    ],
    [
      'POST /triage',
      () =>
        request(t.http)
          .post('/triage')
          .send({ errand: 'FLYT', answers: { has_mitid: true, moving_abroad: false } }),
    ],
    [
      'POST /bookings',
      () =>
        request(t.http)
          .post('/bookings')
          .set('Idempotency-Key', randomUUID())
          .send({
            triage,
            start: '2026-11-26T10:00:00+01:00',
            location: office.code,
            citizen: { name: 'Karen Jensen', email: 'karen.jensen@example.dk' },
          }),
    ],
    [
      'GET /reception/{location}/arrivals (staff)',
      () =>
        request(t.http)
          .get(`/reception/${office.code}/arrivals`)
          .query({ date: '2026-11-26' })
          .set('Authorization', bearer),
    ],
    ['GET /health', () => request(t.http).get('/health')],
  ];

  async function timed(call: () => request.Test): Promise<{ res: Response; ms: number }> {
    const started = performance.now();
    const res = await call();
    return { res, ms: performance.now() - started };
  }

  async function expectAllUnavailable(): Promise<number[]> {
    const times: number[] = [];
    for (const [name, call] of calls) {
      const { res, ms } = await timed(call);
      expect({
        name,
        status: res.status,
        code: res.body.code,
        retryAfter: res.headers['retry-after'],
      }).toEqual({
        name,
        status: 503,
        code: 'DATABASE_UNAVAILABLE',
        retryAfter: '5',
      });
      expect({ name, inTime: ms < ANSWER_WITHIN_MS }).toEqual({ name, inTime: true });
      times.push(Math.round(ms));
    }
    return times;
  }

  async function expectAllAnswered(): Promise<void> {
    for (const [name, call] of calls) {
      const { res } = await timed(call);
      expect({
        name,
        serverError: res.status >= 500,
        body: res.status >= 500 ? res.body : undefined,
      }).toEqual({
        name,
        serverError: false,
        body: undefined,
      });
    }
  }

  const healthy = async () => (await request(t.http).get('/health')).status === 200;

  it('answers every kind of request normally while the database is up', async () => {
    await expectAllAnswered();
  });

  it('answers 503 with Retry-After within 2 s while PostgreSQL is stopped, and recovers by itself', async () => {
    await embedded.stop();
    const times = [...(await expectAllUnavailable()), ...(await expectAllUnavailable())];
    process.stderr.write(`answer times with PostgreSQL stopped (ms): ${times.join(' ')}\n`);
    expect(t.app.get(DatabaseOutageWatcher).isDown).toBe(true);
    // Twelve refused requests, one line.
    expect(log.count('database unavailable')).toBe(1);

    embedded = await start();
    await eventually(healthy);
    await expectAllAnswered();
    await eventually(async () => log.count('database back') === 1);
    expect(log.count('database unavailable')).toBe(1);
  }, 60_000);

  it('answers 503 within 2 s while PostgreSQL is frozen (SIGSTOP), and recovers on SIGCONT', async () => {
    frozen = postgresProcesses(dataDir);
    signal(frozen, 'SIGSTOP');
    let times: number[];
    try {
      times = await expectAllUnavailable();
    } finally {
      signal(frozen, 'SIGCONT');
      frozen = [];
    }
    process.stderr.write(`answer times with PostgreSQL frozen (ms): ${times.join(' ')}\n`);
    await eventually(healthy);
    await expectAllAnswered();
    await eventually(async () => log.count('database back') === 2);
    expect(log.count('database unavailable')).toBe(2);
  }, 60_000);

  it('leaves no transaction open behind a query that timed out on a frozen server', async () => {
    const source = await new DataSource(dataSourceOptions(embedded.url, 2)).initialize();
    const admin = new pg.Client({ connectionString: embedded.url });
    admin.on('error', () => undefined);
    try {
      const runner = source.createQueryRunner();
      await runner.startTransaction();
      await runner.query('SELECT 1');
      frozen = postgresProcesses(dataDir);
      signal(frozen, 'SIGSTOP');
      try {
        await expect(runner.query('SELECT 2')).rejects.toThrow(/Query read timeout/);
        await runner.rollbackTransaction().catch(() => undefined);
        await runner.release();
      } finally {
        signal(frozen, 'SIGCONT');
        frozen = [];
      }
      await admin.connect();
      // node-postgres keeps a timed-out query in flight; had the connection gone back to the pool,
      // it would now sit inside the transaction, for the next borrower to commit.
      await eventually(async () => {
        const { rows } = await admin.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity
           WHERE application_name = 'borgerservice-api' AND state LIKE 'idle in transaction%'`,
        );
        return rows[0].n === 0;
      }, 3000);
      await expect(source.query('SELECT 3 AS n')).resolves.toEqual([{ n: 3 }]);
    } finally {
      await admin.end().catch(() => undefined);
      await source.destroy();
    }
  }, 60_000);

  it('tells when the embedded PostgreSQL dies (main.ts exits non-zero on it)', async () => {
    const [postmaster] = postgresProcesses(dataDir);
    expect(postmaster).toBe(embedded.pid);
    process.kill(postmaster, 'SIGKILL');
    await expect(embedded.unexpectedExit).resolves.toBe('killed by SIGKILL');
    const { res, ms } = await timed(calls[0][1]);
    expect(res.status).toBe(503);
    expect(ms).toBeLessThan(ANSWER_WITHIN_MS);
  }, 60_000);
});
