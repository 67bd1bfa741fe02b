import { jest } from '@jest/globals';
import { textOf } from './support/adviser-pages.js';
import { type Agent, BROWSER_ACCEPT, errorSummary, submit } from './support/booking-pages.js';
import { givenAccount } from './support/factories.js';
import {
  callbackRow,
  type GivenCallback,
  givenCallback,
  givenHotlineWorld,
  HOTLINE_NOW,
  type HotlineWorld,
} from './support/hotline.js';
import { open, signInOnPages } from './support/staff-pages.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import request from 'supertest';

jest.setTimeout(60_000);

const ENV = { STAFF_SESSION_IDLE_MINUTES: '480' };

describe('the hotline pages', () => {
  let t: TestApp;
  let w: HotlineWorld;
  let agent: Agent;
  let karen: GivenCallback;
  let ole: GivenCallback;
  let bent: GivenCallback;
  let tomorrow: GivenCallback;

  beforeAll(async () => {
    t = await createTestApp({ now: HOTLINE_NOW, env: ENV });
    w = await givenHotlineWorld(t);
    const at = (time: string) => ({
      location: w.hotline,
      adviser: w.louise,
      start: `2026-11-25T${time}:00+01:00`,
    });
    ole = await givenCallback(t, { ...at('10:00'), name: 'Ole Hansen', phone: '30 40 50 60' });
    karen = await givenCallback(t, { ...at('09:00'), name: 'Karen Jensen', email: 'karen@example.dk' });
    bent = await givenCallback(t, { ...at('11:00'), name: 'Bent Olsen', phone: '+45 11 22 33 44' });
    tomorrow = await givenCallback(t, {
      location: w.hotline,
      adviser: w.louise,
      start: '2026-11-26T10:00:00+01:00',
      name: 'Lis Dam',
      phone: '40 50 60 70',
    });
    const account = await givenAccount(t, 'hotline', { adviserId: w.louise, locations: [w.hotline] });
    agent = request.agent(t.http);
    const signedIn = await signInOnPages(agent, account);
    expect(signedIn.headers.location).toBe('/staff/hotline');
  });
  afterAll(() => t.close());

  const page = async (path: string) => (await open(agent, path).expect(200)).text;
  const call = (callback: GivenCallback) => `/staff/hotline/opkald/${callback.reference}`;

  it('lists today’s callbacks in time order, with a tel: link and the menu entry', async () => {
    const html = await page('/staff/hotline');
    expect(html).toContain('<title>Opkald i dag – Medarbejdere – Borgerservice</title>');
    const text = textOf(html);
    expect(text.indexOf('Karen Jensen')).toBeLessThan(text.indexOf('Ole Hansen'));
    expect(text.indexOf('Ole Hansen')).toBeLessThan(text.indexOf('Bent Olsen'));
    expect(html).toContain('href="tel:+4511223344"');
    expect(html).toContain('href="tel:20304050"');
    expect(html).toMatch(/<a href="\/staff\/hotline" class="nav-link" aria-current="page">/);
  });

  it('shows another day’s calls with ?dato=, and a date that does not exist in the error summary', async () => {
    expect(textOf(await page('/staff/hotline'))).not.toContain('Lis Dam');
    const next = textOf(await page('/staff/hotline?dato=2026-11-26'));
    expect(next).toContain('Opkald torsdag 26. november, i tidsrækkefølge.');
    expect(next).toContain('Lis Dam');
    expect(next).not.toContain('Karen Jensen');
    expect(next).toContain('I dag');
    expect(textOf(await page('/staff/hotline?dato=2026-11-24'))).toContain('Der er ingen opkald den dag.');
    const bad = await open(agent, '/staff/hotline?dato=2026-02-30').expect(400);
    expect(errorSummary(bad.text)).toEqual(['day-nav: Datoen findes ikke. Her er dagens opkald']);
    expect(textOf(bad.text)).toContain('Karen Jensen');
    expect(tomorrow.reference).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  });

  it('shows a call with the triage answers, why a call helps and the self-service options', async () => {
    const text = textOf(await page(call(karen)));
    expect(text).toContain('Borgerens svar');
    expect(text).toContain('Hvorfor et opkald kan hjælpe');
    expect(text).toContain('Få MitID i din bank');
    expect(text).toContain('Ring op');
    expect(text).not.toContain('Hvordan endte opkaldet?');
  });

  it('starts the call, asks for an outcome, and records "solved on the phone"', async () => {
    const started = await submit(agent, await page(call(karen)), {}, 'start-call-form').expect(303);
    expect(started.headers.location).toBe(`${call(karen)}?besked=startet`);
    const html = await page(started.headers.location);
    expect(textOf(html)).toContain('Opkaldet er startet.');

    const missing = await submit(agent, html, {}, 'outcome-form').expect(400);
    expect(errorSummary(missing.text)).toEqual(['outcome: Vælg, hvordan opkaldet endte']);
    const noGuidance = await submit(agent, html, { outcome: 'sent_to_self_service' }, 'outcome-form').expect(
      400,
    );
    expect(errorSummary(noGuidance.text)).toEqual([
      'guidanceOption: Vælg den selvbetjeningsløsning, borgeren blev guidet til',
    ]);

    await submit(agent, html, { outcome: 'solved_on_phone' }, 'outcome-form').expect(303);
    expect(await callbackRow(t, karen)).toMatchObject({ status: 'completed', outcome: 'solved_on_phone' });
    // The same form again (a second tab): refused in the error summary, nothing changes.
    const again = await submit(agent, html, { outcome: 'needs_visit' }, 'outcome-form').expect(409);
    expect(errorSummary(again.text)[0]).toMatch(/^outcome: Opkaldet er afsluttet/);
    expect((await callbackRow(t, karen)).outcome).toBe('solved_on_phone');
  });

  it('sends a citizen to self-service with the option guided to', async () => {
    await submit(agent, await page(call(bent)), {}, 'start-call-form').expect(303);
    await submit(
      agent,
      await page(call(bent)),
      { outcome: 'sent_to_self_service', guidanceOption: 'mitid-app' },
      'outcome-form',
    ).expect(303);
    expect(await callbackRow(t, bent)).toMatchObject({
      outcome: 'sent_to_self_service',
      guidance_option: 'mitid-app',
    });
    expect(textOf(await page(call(bent)))).toContain('Guidet til Opret MitID i MitID-appen med dit pas');
  });

  it('"Skal møde op" leads to booking a visit from the call, with the citizen’s details', async () => {
    await submit(agent, await page(call(ole)), {}, 'start-call-form').expect(303);
    const ended = await submit(
      agent,
      await page(call(ole)),
      { outcome: 'needs_visit' },
      'outcome-form',
    ).expect(303);
    expect(ended.headers.location).toBe(`${call(ole)}?besked=skal-moede-op`);
    expect(textOf(await page(ended.headers.location))).toContain('Book et besøg til borgeren');

    const places = await page(`${call(ole)}/besoeg`);
    expect(textOf(places)).toContain('Borgerservice Ebeltoft');
    expect(textOf(places)).not.toContain('Borgerservice Hotline (');
    const times = await page(`${call(ole)}/besoeg?sted=MAIN`);
    expect(times).toContain('value="Ole Hansen"');
    expect(times).toContain('value="30 40 50 60"');
    const contact = { name: 'Ole Hansen', phone: '30 40 50 60' };
    const noTime = await submit(agent, times, contact, 'visit-form').expect(400);
    expect(errorSummary(noTime.text)).toEqual(['tid: Vælg en tid']);
    const start = /name="tid" value="([^"]+)"/.exec(times)![1];
    const booked = await submit(
      agent,
      times,
      { tid: start, name: 'Ole Hansen', phone: '30 40 50 60', email: 'ole@example.dk' },
      'visit-form',
    );
    expect([booked.status, errorSummary(booked.text)]).toEqual([303, []]);
    expect(booked.headers.location).toBe(call(ole));
    const [visit] = await t.dataSource.query<Record<string, unknown>[]>(
      `SELECT b.reference, b.station_id, b.location_id, b.citizen_phone, s.source, s.outcome
       FROM bookings b JOIN triage_sessions s ON s.id = b.triage_id
       WHERE b.citizen_name = 'Ole Hansen' AND b.station_id IS NOT NULL`,
    );
    expect(visit).toMatchObject({
      location_id: w.main.id,
      source: 'phone',
      outcome: 'visit',
      citizen_phone: '30 40 50 60',
    });
    expect(textOf(await page(call(ole)))).toContain('Besøget er booket');
    const messages = await t.dataSource.query<{ kind: string }[]>(
      `SELECT n.kind FROM notifications n JOIN bookings b ON b.id = n.booking_id WHERE b.reference = $1`,
      [visit.reference],
    );
    expect(messages.map((message) => message.kind)).toContain('confirmation');
  });

  it('is not for other roles', async () => {
    const reception = await givenAccount(t, 'reception');
    const other = request.agent(t.http);
    await signInOnPages(other, reception);
    await other.get('/staff/hotline').set('Accept', BROWSER_ACCEPT).expect(403);
  });
});
