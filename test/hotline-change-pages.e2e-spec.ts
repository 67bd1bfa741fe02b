import { jest } from '@jest/globals';
import request from 'supertest';
import { textOf } from './support/adviser-pages.js';
import { type Agent, errorSummary, submit } from './support/booking-pages.js';
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

jest.setTimeout(60_000);

/*
 * The call page after the review: when "Intet svar" and the second try become possible, "Aflys
 * opkaldet" with a reason and "Flyt opkaldet" with the hotline's free times, and another day's list
 * named by its day.
 */
describe('the hotline pages: times, cancel and move', () => {
  let t: TestApp;
  let w: HotlineWorld;
  let agent: Agent;
  let n = 0;

  beforeAll(async () => {
    t = await createTestApp({ now: HOTLINE_NOW, env: { STAFF_SESSION_IDLE_MINUTES: '480' } });
    w = await givenHotlineWorld(t);
    const account = await givenAccount(t, 'hotline', { adviserId: w.louise, locations: [w.hotline] });
    agent = request.agent(t.http);
    await signInOnPages(agent, account);
  });
  afterEach(() => t.clock.set(HOTLINE_NOW));
  afterAll(() => t.close());

  const callback = (start: string, email?: string) =>
    givenCallback(t, { location: w.hotline, adviser: w.louise, start, name: `Borger ${++n}`, email });
  const page = async (path: string) => (await open(agent, path).expect(200)).text;
  const call = (callback: GivenCallback) => `/staff/hotline/opkald/${callback.reference}`;

  it('says from when "Intet svar" can be chosen, and when the second try is due', async () => {
    const eleven = await callback('2026-11-25T11:00:00+01:00');
    await submit(agent, await page(call(eleven)), {}, 'start-call-form').expect(303);
    expect(textOf(await page(call(eleven)))).toContain(
      '"Intet svar" kan vælges fra kl. 11.00, det tidspunkt borgeren venter opkaldet.',
    );
    t.clock.set('2026-11-25T11:02:00+01:00');
    const html = await page(call(eleven));
    expect(textOf(html)).not.toContain('"Intet svar" kan vælges');
    await submit(agent, html, { outcome: 'no_answer' }, 'outcome-form').expect(303);
    expect(textOf(await page(call(eleven)))).toContain('Andet og sidste forsøg tidligst kl. 11.12.');

    const tomorrow = await callback('2026-11-26T09:00:00+01:00');
    const later = await page(call(tomorrow));
    expect(later).not.toContain('id="start-call-form"');
    expect(textOf(later)).toContain('Opkaldet kan startes på dagen, torsdag 26. november.');
  });

  it('cancels a call with a required reason, as the citizen’s cancellation', async () => {
    const call1 = await callback('2026-11-25T13:00:00+01:00', 'karen@example.dk');
    const html = await page(call(call1));
    const missing = await submit(agent, html, { reason: '' }, 'cancel-form').expect(400);
    expect(errorSummary(missing.text)).toEqual(['reason: Skriv, hvorfor']);
    const done = await submit(agent, html, { reason: 'Borgeren ringede' }, 'cancel-form').expect(303);
    expect(done.headers.location).toBe(`${call(call1)}?besked=aflyst`);
    const after = textOf(await page(done.headers.location));
    expect(after).toContain('Opkaldet er aflyst. Borgeren får besked.');
    expect(after).not.toContain('Flyt opkaldet');
    const [row] = await t.dataSource.query<Record<string, unknown>[]>(
      'SELECT status, cancelled_by FROM bookings WHERE id = $1',
      [call1.id],
    );
    expect(row).toEqual({ status: 'cancelled', cancelled_by: 'citizen' });
  });

  it('moves a call to another free hotline time, with the reason', async () => {
    const call1 = await callback('2026-11-25T14:00:00+01:00', 'ole@example.dk');
    expect(await page(call(call1))).toContain(`href="${call(call1)}/flyt"`);
    const times = await page(`${call(call1)}/flyt?dag=2026-11-26`);
    const noTime = await submit(agent, times, { reason: 'Senere' }, 'move-form').expect(400);
    expect(errorSummary(noTime.text)).toEqual(['tid: Vælg en tid']);
    const start = /name="tid" value="([^"]+)"/.exec(times)![1];
    expect(start).toMatch(/^2026-11-26T/);
    const noReason = await submit(agent, times, { tid: start, reason: '' }, 'move-form').expect(400);
    expect(errorSummary(noReason.text)).toEqual(['reason: Skriv, hvorfor']);
    const moved = await submit(agent, times, { tid: start, reason: 'Borgeren bad om i morgen' }, 'move-form');
    expect([moved.status, errorSummary(moved.text)]).toEqual([303, []]);
    expect(moved.headers.location).toBe(`${call(call1)}?besked=flyttet`);
    const [row] = await t.dataSource.query<{ starts_at: Date; kinds: string[] }[]>(
      `SELECT b.starts_at, array(SELECT kind FROM notifications WHERE booking_id = b.id ORDER BY kind) AS kinds
       FROM bookings b WHERE b.id = $1`,
      [call1.id],
    );
    expect(row.starts_at).toEqual(new Date(start));
    expect(row.kinds).toContain('changed');
    expect(await callbackRow(t, call1)).toMatchObject({ status: 'booked' });
  });

  it('names another day in the heading and the title', async () => {
    const html = await page('/staff/hotline?dato=2026-11-26');
    expect(html).toContain('<title>Opkald torsdag 26. november – Medarbejdere – Borgerservice</title>');
    expect(html).toContain('<h1>Opkald torsdag 26. november – Borgerservice Hotline</h1>');
    expect(await page('/staff/hotline')).toContain('<h1>Opkald i dag – Borgerservice Hotline</h1>');
  });

  it('shows the visit form’s errors at its own fields, in Danish', async () => {
    const call1 = await callback('2026-11-25T15:00:00+01:00');
    await submit(agent, await page(call(call1)), {}, 'start-call-form').expect(303);
    await submit(agent, await page(call(call1)), { outcome: 'needs_visit' }, 'outcome-form').expect(303);
    const times = await page(`${call(call1)}/besoeg?sted=MAIN`);
    const start = /name="tid" value="([^"]+)"/.exec(times)![1];
    const bad = await submit(
      agent,
      times,
      { tid: start, name: '', email: '', phone: '' },
      'visit-form',
    ).expect(400);
    expect(errorSummary(bad.text)).toEqual([
      'citizen-name: Skriv borgerens navn',
      'citizen-email: Skriv borgerens e-mail eller mobilnummer',
    ]);
    const badMail = await submit(
      agent,
      times,
      { tid: start, name: 'Borger', email: 'ikke-en-mail', phone: '' },
      'visit-form',
    ).expect(400);
    expect(errorSummary(badMail.text)).toEqual(['citizen-email: Skriv e-mailen sådan her: navn@eksempel.dk']);
  });
});
