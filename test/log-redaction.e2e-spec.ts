import { Writable } from 'node:stream';
import request from 'supertest';
import { book, type Booked } from './support/bookings.js';
import { givenAccount, givenOffice } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** Every line the app logs, as written (LOG_LEVEL=info). */
class LogCapture extends Writable {
  readonly lines: string[] = [];

  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.lines.push(...String(chunk).split('\n').filter(Boolean));
    done();
  }

  entries(): Record<string, unknown>[] {
    return this.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  }

  /** The lines pino-http logs when a request ends. */
  requests(): { url?: string; res?: { statusCode?: number }; level: number; req?: object }[] {
    return this.entries().filter((entry) => entry.res !== undefined) as ReturnType<LogCapture['requests']>;
  }
}

const SEARCH = 'mistet mit pas i Zyxwvuta-skoven';
const CITIZEN = { name: 'Ellinor Qwertzmann', email: 'ellinor.qwertz@example.dk', phone: '+4522334455' };
const REASON = 'Jeg er syg med Quxplorbitis';

describe('what the logs never hold', () => {
  const log = new LogCapture();
  let t: TestApp;
  let booked: Booked;
  let bearer: string;
  let password: string;

  beforeAll(async () => {
    t = await createTestApp({ log: { stream: log, level: 'info' } });
    const office = await givenOffice(t);
    booked = await book(t, { date: '2026-11-26', location: office.code, citizen: CITIZEN });
    const account = await givenAccount(t, 'reception');
    password = account.password;
    bearer = await account.signIn();

    await request(t.http).get('/errands').query({ q: SEARCH }).expect(200);
    const manage = `/bookings/${booked.reference}`;
    await request(t.http).get(manage).query({ token: booked.manageToken }).expect(200);
    // A percent-encoded parameter name slipped past the old token redaction.
    await request(t.http).get(`${manage}?%74oken=${booked.manageToken}`).expect(200);
    await request(t.http).get(`${manage}/calendar.ics`).query({ token: booked.manageToken }).expect(200);
    await request(t.http)
      .get(`/reception/${office.code}/arrivals`)
      .query({ date: '2026-11-26' })
      .set('Authorization', bearer)
      .expect(200);
    await request(t.http)
      .post(`${manage}/cancel`)
      .query({ token: booked.manageToken })
      .send({ reason: REASON })
      .expect(200);
    await request(t.http).get(`/bookings/${booked.reference}/nope`).query({ q: SEARCH }).expect(404);
  });
  afterAll(() => t.close());

  it('has no search text, token, reference, citizen detail, password or Bearer token in any line', () => {
    const everything = log.lines.join('\n');
    const secrets = [
      SEARCH,
      encodeURIComponent(SEARCH),
      'Zyxwvuta',
      booked.manageToken,
      booked.reference,
      booked.reference.replace('-', ''),
      CITIZEN.name,
      'Qwertzmann',
      CITIZEN.email,
      CITIZEN.phone,
      '22334455',
      'Quxplorbitis',
      bearer,
      bearer.replace('Bearer ', ''),
      password,
    ];
    expect(log.requests().length).toBeGreaterThanOrEqual(8);
    expect(secrets.filter((secret) => everything.includes(secret))).toEqual([]);
  });

  it('logs the route pattern, the redacted query and the status of each request', () => {
    const seen = log.requests().map((entry) => `${entry.url} ${entry.res?.statusCode}`);
    expect(seen).toEqual(
      expect.arrayContaining([
        '/errands?q=[redacted] 200',
        '/bookings/:reference?token=[redacted] 200',
        '/bookings/:reference/calendar.ics?token=[redacted] 200',
        '/bookings/:reference/cancel?token=[redacted] 200',
        '/reception/:location/arrivals?date=[redacted] 200',
        '/bookings 201',
        '/auth/login 200',
        '(no route)?q=[redacted] 404',
      ]),
    );
    expect(seen.filter((line) => line === '/bookings/:reference?token=[redacted] 200')).toHaveLength(2);
  });

  it('keeps no headers, client address or response headers in a request line', () => {
    const [line] = log.requests().filter((entry) => entry.url?.startsWith('/reception/'));
    expect(line.req).toEqual({ id: expect.any(String), method: 'GET' });
    expect(line.res).toEqual({ statusCode: 200 });
  });

  it('logs a failing request and its error without the query or the body', async () => {
    const before = log.lines.length;
    await t.dropDatabase();
    const failed = await request(t.http)
      .post(`/bookings/${booked.reference}/cancel`)
      .query({ token: booked.manageToken })
      .send({ reason: REASON });
    expect(failed.status).toBeGreaterThanOrEqual(500);
    const lines = log.lines.slice(before);
    const errors = lines
      .map((line) => JSON.parse(line) as { level: number })
      .filter((entry) => entry.level >= 40);
    expect(errors.length).toBeGreaterThanOrEqual(2);
    expect(lines.join('\n')).toContain(`"url":"/bookings/:reference/cancel?token=[redacted]"`);
    const text = lines.join('\n');
    expect(
      [booked.manageToken, booked.reference, 'Quxplorbitis'].filter((secret) => text.includes(secret)),
    ).toEqual([]);
  });
});
