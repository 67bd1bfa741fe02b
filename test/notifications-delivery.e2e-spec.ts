import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import type { ConfigService } from '@nestjs/config';
import { AppModule } from '../src/app.module.js';
import { configureApp, createFastifyAdapter } from '../src/app.setup.js';
import { Clock } from '../src/common/clock/clock.js';
import { loadSettings, type Settings } from '../src/config/settings.js';
import { SettingsService } from '../src/config/settings.service.js';
import { NotificationsWorker } from '../src/notifications/notifications.worker.js';
import { uniqueEmail } from './support/bookings.js';
import { givenOffice, type Office } from './support/factories.js';
import { freeSlots, visitTriage } from './support/flows.js';
import { TestMailbox } from './support/smtp.js';
import { createTestApp, type FixedClock, type TestApp } from './support/test-app.js';

/*
 * Delivery under trouble: the mail server down and back, two instances sending from one outbox,
 * no mail server at all, and what the log holds meanwhile.
 */

const NOW = '2026-11-25T09:00:00+01:00';
const DAY = '2026-11-27';
const CITIZEN_NAME = 'Ellinor Qwertzmann';

/** Every line the app logs (LOG_LEVEL=info). */
class LogCapture extends Writable {
  readonly lines: string[] = [];

  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.lines.push(...String(chunk).split('\n').filter(Boolean));
    done();
  }
}

/**
 * One capture for the file: nestjs-pino writes what is logged outside a request (the worker) to the
 * first app's destination in a process, so every app here gets the same one.
 */
const log = new LogCapture();

interface Made {
  id: string;
  reference: string;
  token: string;
  email: string;
}

async function bookVisit(t: TestApp, office: Office, slot: number, citizen: Record<string, unknown> = {}) {
  const triage = await visitTriage(t.http);
  const [day] = await freeSlots(t.http, { triage, from: DAY, to: DAY, location: office.code });
  const email = uniqueEmail();
  const res = await request(t.http)
    .post('/bookings')
    .set('Idempotency-Key', randomUUID())
    .send({
      triage,
      start: day.slots[slot].start,
      location: office.code,
      citizen: { name: CITIZEN_NAME, email, ...citizen },
    })
    .expect(201);
  const reference = res.body.reference as string;
  const [{ id }] = await t.dataSource.query<{ id: string }[]>(
    'SELECT id FROM bookings WHERE reference = $1',
    [reference.replace('-', '')],
  );
  return { id, reference, token: res.body.manageToken as string, email } satisfies Made;
}

/** A second instance of the API on the same database (another process in production), with the same clock. */
async function secondInstance(t: TestApp, env: Record<string, string>): Promise<NestFastifyApplication> {
  const { host, port, username, database } = t.dataSource.options as unknown as Record<string, string>;
  const url = `postgres://${username}@${host}:${port}/${database}`;
  const settings = loadSettings({ ...process.env, ...env });
  const config = { get: (key: keyof Settings) => settings[key] } as unknown as ConfigService<Settings, true>;
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forDatabase(url)] })
    .overrideProvider(Clock)
    .useValue(t.clock satisfies FixedClock)
    .overrideProvider(SettingsService)
    .useValue(new SettingsService(config))
    .compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(createFastifyAdapter(settings));
  await configureApp(app);
  await app.init();
  return app;
}

function statuses(t: TestApp, ids: string[]) {
  return t.dataSource.query<
    { status: string; attempts: number; due_at: Date; locked_until: Date | null; last_error: string | null }[]
  >(
    `SELECT status, attempts, due_at, locked_until, last_error FROM notifications
     WHERE booking_id = ANY($1::uuid[]) AND kind = 'confirmation' ORDER BY booking_id`,
    [ids],
  );
}

describe('delivery when the mail server is down, then up again', () => {
  let t: TestApp;
  let mailbox: TestMailbox;
  const booked: Made[] = [];

  beforeAll(async () => {
    mailbox = await TestMailbox.create({ listening: false });
    t = await createTestApp({
      now: NOW,
      log: { stream: log, level: 'info' },
      env: { SMTP_URL: mailbox.url, NOTIFICATIONS_POLL_SECONDS: '0' },
    });
  });
  afterAll(async () => {
    await t.close();
    await mailbox.stop();
  });

  it('keeps the messages pending with a growing wait, then delivers each exactly once', async () => {
    const office = await givenOffice(t);
    for (let slot = 0; slot < 3; slot++)
      booked.push(await bookVisit(t, office, slot, { phone: `+45 22 33 44 5${slot}` }));
    const ids = booked.map((b) => b.id);
    const worker = t.app.get(NotificationsWorker);

    expect(await worker.runOnce()).toMatchObject({ sent: 0, retry: 3 });
    const first = await statuses(t, ids);
    for (const row of first) {
      expect(row).toMatchObject({ status: 'pending', attempts: 1, locked_until: null });
      expect(row.last_error).toMatch(/^E[A-Z]+$/);
      expect(row.due_at).toEqual(new Date(new Date(NOW).getTime() + 30_000));
    }
    // Not due again yet: nothing is tried.
    expect(await worker.runOnce()).toMatchObject({ sent: 0, retry: 0 });

    t.clock.set(new Date(new Date(NOW).getTime() + 30_000));
    expect(await worker.runOnce()).toMatchObject({ retry: 3 });
    const second = await statuses(t, ids);
    expect(second.map((r) => r.due_at)).toEqual(ids.map(() => new Date(new Date(NOW).getTime() + 90_000)));

    await mailbox.start();
    t.clock.set(new Date(new Date(NOW).getTime() + 90_000));
    expect(await worker.runOnce()).toMatchObject({ sent: 3, retry: 0 });
    expect(await worker.runOnce()).toMatchObject({ sent: 0, retry: 0 });

    for (const b of booked) expect(mailbox.to(b.email)).toHaveLength(1);
    expect((await statuses(t, ids)).map((r) => [r.status, r.attempts])).toEqual(ids.map(() => ['sent', 3]));
  });

  it('never logs the address, name, phone, reference, token or text of a message', () => {
    const everything = log.lines.join('\n');
    const secrets = [
      CITIZEN_NAME,
      'Qwertzmann',
      '@example.dk',
      '2233445',
      '22 33 44 5',
      ...booked.flatMap((b) => [b.reference, b.reference.replace('-', ''), b.token]),
      ...mailbox.received.map((r) => r.mail.subject ?? ''),
    ];
    expect(booked).toHaveLength(3);
    expect(log.lines.some((line) => line.includes('message not sent, will retry'))).toBe(true);
    expect(log.lines.some((line) => line.includes('message sent'))).toBe(true);
    expect(secrets.filter((secret) => everything.includes(secret))).toEqual([]);
  });
});

describe('two instances sending from one outbox', () => {
  let t: TestApp;
  let other: NestFastifyApplication;
  let mailbox: TestMailbox;

  beforeAll(async () => {
    mailbox = await TestMailbox.create();
    const env = { SMTP_URL: mailbox.url, NOTIFICATIONS_POLL_SECONDS: '0' };
    t = await createTestApp({ now: NOW, env });
    other = await secondInstance(t, env);
  });
  afterAll(async () => {
    await other.close();
    await t.close();
    await mailbox.stop();
  });

  it('sends every message exactly once while both workers run at the same time', async () => {
    const office = await givenOffice(t);
    const booked = [await bookVisit(t, office, 0), await bookVisit(t, office, 1)];
    // Many messages for the two bookings: "changed" rows need no unique slot of their own.
    await t.dataSource.query(
      `INSERT INTO notifications (booking_id, kind, channel, due_at, created_at)
       SELECT b, 'changed', 'email', $2, $2 FROM unnest($1::uuid[]) AS b, generate_series(1, 150)`,
      [booked.map((b) => b.id), new Date(NOW)],
    );
    const [{ count }] = await t.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM notifications WHERE status = 'pending' AND due_at <= $1`,
      [new Date(NOW)],
    );
    expect(count).toBe(302);

    const workers = [t.app.get(NotificationsWorker), other.get(NotificationsWorker)];
    const runs = await Promise.all(workers.map((worker) => worker.runOnce()));

    const messageIds = mailbox.received.map((r) => r.mail.messageId);
    expect(messageIds).toHaveLength(302);
    expect(new Set(messageIds).size).toBe(302);
    const rows = await t.dataSource.query<{ id: string; status: string }[]>(
      `SELECT id, status FROM notifications WHERE kind <> 'reminder'`,
    );
    expect(rows.every((row) => row.status === 'sent')).toBe(true);
    expect(new Set(messageIds)).toEqual(new Set(rows.map((row) => `<${row.id}@kommune.example>`)));
    expect(runs[0].sent + runs[1].sent).toBe(302);
    // Both really worked the outbox at once (15 rounds of 20 each way), not one after the other.
    expect(runs.map((run) => run.sent > 0)).toEqual([true, true]);
  });
});

describe('without SMTP_URL', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({
      now: NOW,
      log: { stream: log, level: 'info' },
      env: { NOTIFICATIONS_POLL_SECONDS: '0' },
    });
  });
  afterAll(() => t.close());

  it('records the message in the outbox as not sent and logs one line without who or what', async () => {
    const office = await givenOffice(t);
    const booked = await bookVisit(t, office, 0);
    expect(await t.app.get(NotificationsWorker).runOnce()).toMatchObject({ sent: 0, skipped: 1 });

    const [row] = await t.dataSource.query<
      { status: string; last_error: string; manage_token: string | null }[]
    >(
      `SELECT status, last_error, manage_token FROM notifications WHERE booking_id = $1 AND kind = 'confirmation'`,
      [booked.id],
    );
    expect(row).toEqual({ status: 'skipped', last_error: 'NO_SMTP_URL', manage_token: null });
    const lines = log.lines.filter((line) => line.includes('no SMTP_URL') && line.includes(booked.id));
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({
      kind: 'confirmation',
      channel: 'email',
      bookingId: booked.id,
    });
    const everything = log.lines.join('\n');
    expect(
      [booked.email, booked.token, booked.reference, CITIZEN_NAME].filter((s) => everything.includes(s)),
    ).toEqual([]);
  });
});
