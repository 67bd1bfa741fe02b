import { jest } from '@jest/globals';
import request from 'supertest';
import { VisitsService } from '../src/visits/visits.service.js';
import { STREAMS_PER_ADDRESS } from '../src/web/screen/queue-feed.service.js';
import { type AdviserWorld, givenAdviserWorld, textOf, visitWith } from './support/adviser-pages.js';
import type { Booked } from './support/bookings.js';
import { BROWSER_ACCEPT } from './support/booking-pages.js';
import { givenStaff } from './support/factories.js';
import { type EventStream, openEventStream, queueOf } from './support/screen.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { checkIn } from './support/visits.js';

jest.setTimeout(60_000);

/** A Wednesday, 10:20: Karen's 10:30 and Ole's 10:45 may check in. */
const NOW = '2026-11-25T10:20:00+01:00';

describe('the waiting-room screen', () => {
  let t: TestApp;
  let w: AdviserWorld;
  let base: string;
  let karen: Booked;
  let ole: Booked;
  const streams: EventStream[] = [];

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as { port: number }).port}`;
    w = await givenAdviserWorld(t);
    karen = await visitWith(t, w.mette, '2026-11-25T10:30:00+01:00', 'Karen Jensen');
    ole = await visitWith(t, w.jesper, '2026-11-25T10:45:00+01:00', 'Ole Hansen', 'FLYT');
  });
  afterEach(() => {
    for (const stream of streams.splice(0)) stream.close();
  });
  afterAll(() => t.close());

  const stream = async (path = '/screen/MAIN/events') => {
    const opened = await openEventStream(`${base}${path}`);
    streams.push(opened);
    return opened;
  };

  it('shows the queue in Danish, and in English with ?lang=en', async () => {
    const page = await request(t.http).get('/screen/MAIN').set('Accept', BROWSER_ACCEPT).expect(200);
    expect(page.text).toContain('<html lang="da">');
    expect(page.text).toContain('<title>Borgerservice Ebeltoft – Kø – Borgerservice</title>');
    expect(textOf(page.text)).toContain('Ingen venter.');
    expect(page.text).toContain('data-events="/screen/MAIN/events"');
    expect(page.text).toContain('<a href="/screen/MAIN">Opdater</a>');
    const english = await request(t.http)
      .get('/screen/main?lang=en')
      .set('Accept', BROWSER_ACCEPT)
      .expect(200);
    expect(english.text).toContain('<html lang="en">');
    expect(english.text).toContain('data-events="/screen/MAIN/events?lang=en"');
  });

  it('streams the queue, and a check-in reaches the screen within 2 seconds', async () => {
    const events = await stream();
    expect(events.response.statusCode).toBe(200);
    expect(events.response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(events.response.headers['cache-control']).toBe('no-store');
    expect(events.response.headers['x-content-type-options']).toBe('nosniff');
    const first = await events.next((event) => event.event === 'queue', { since: 0 });
    expect(queueOf(first)).toEqual({ called: [], waiting: [] });

    const reception = await givenStaff(t, 'reception');
    const checkedIn = await checkIn(t, reception, karen.reference).expect(200);
    const sent = Date.now();
    const change = await events.next((event) => queueOf(event).waiting.length > 0, { timeoutMs: 2000 });
    expect(change.at - sent).toBeLessThan(2000);
    expect(queueOf(change)).toEqual({ called: [], waiting: [checkedIn.body.queueNumber] });
  });

  it('shows a called number with the station to go to, first', async () => {
    const events = await stream();
    await events.next((event) => event.event === 'queue', { since: 0 });
    await checkIn(t, w.reception, ole.reference).expect(200);
    const visits = t.app.get(VisitsService);
    const called = await visits.act(karen.reference, 'call', { adviserId: w.mette } as never);
    const change = await events.next((event) => queueOf(event).called.length > 0, { timeoutMs: 2000 });
    expect(queueOf(change).called).toEqual([{ number: called.queueNumber, station: called.station.name }]);
    expect(queueOf(change).waiting).toHaveLength(1);

    const page = await request(t.http).get('/screen/MAIN').set('Accept', BROWSER_ACCEPT).expect(200);
    expect(textOf(page.text)).toContain(`Nummer ${called.queueNumber} → gå til ${called.station.name}`);
  });

  it('never shows a name, an errand or a time, on the page or in the stream', async () => {
    const events = await stream();
    await events.next((event) => event.event === 'queue', { since: 0 });
    const page = await request(t.http).get('/screen/MAIN').set('Accept', BROWSER_ACCEPT).expect(200);
    for (const text of [page.text, events.raw()]) {
      for (const secret of [
        'Karen',
        'Jensen',
        'Ole',
        'Hansen',
        'fornyet pas',
        '10.30',
        '10:30',
        karen.reference,
      ])
        expect(text.toLowerCase()).not.toContain(secret.toLowerCase());
    }
  });

  it('reads each watched location once a second, however many screens watch it', async () => {
    const visits = t.app.get(VisitsService);
    const spy = jest.spyOn(visits, 'queue');
    try {
      const screens = await Promise.all([stream(), stream(), stream()]);
      await Promise.all(screens.map((s) => s.next((event) => event.event === 'queue', { since: 0 })));
      spy.mockClear();
      await new Promise((resolve) => setTimeout(resolve, 2500));
      expect(spy.mock.calls.length).toBeGreaterThanOrEqual(2);
      expect(spy.mock.calls.length).toBeLessThanOrEqual(3);
    } finally {
      spy.mockRestore();
    }
  });

  it('bounds the open streams per address', async () => {
    const open = await Promise.all(Array.from({ length: STREAMS_PER_ADDRESS }, () => stream()));
    expect(open.every((s) => s.response.statusCode === 200)).toBe(true);
    const refused = await stream();
    expect(refused.response.statusCode).toBe(429);
    for (const s of open) s.close();
    await Promise.all(open.map((s) => s.ended));
    // The slots are free again once the server sees the streams closed.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const again = await stream();
    expect(again.response.statusCode).toBe(200);
  });

  it('answers an unknown location with a 404 page, and its stream too', async () => {
    const page = await request(t.http).get('/screen/NOWHERE').set('Accept', BROWSER_ACCEPT).expect(404);
    expect(page.headers['content-type']).toContain('text/html');
    expect(textOf(page.text)).toContain('Stedet "NOWHERE" findes ikke.');
    const events = await stream('/screen/NOWHERE/events');
    expect(events.response.statusCode).toBe(404);
  });
});

describe('the waiting-room screen at shutdown', () => {
  it('ends the open streams, so closing the server does not wait for the TVs', async () => {
    const t = await createTestApp({ now: NOW });
    await t.app.listen(0, '127.0.0.1');
    const port = (t.app.getHttpServer().address() as { port: number }).port;
    await givenAdviserWorld(t);
    const events = await openEventStream(`http://127.0.0.1:${port}/screen/MAIN/events`);
    await events.next((event) => event.event === 'queue', { since: 0 });
    const started = Date.now();
    await t.close();
    await events.ended;
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
