import { jest } from '@jest/globals';
import request from 'supertest';
import {
  ADVISER_NOW,
  type AdviserWorld,
  givenAdviserWorld,
  textOf,
  visitCard,
  visitWith,
} from './support/adviser-pages.js';
import type { Booked } from './support/bookings.js';
import { type Agent, BROWSER_ACCEPT, errorSummary, formOf, submit } from './support/booking-pages.js';
import { open, staffBrowser } from './support/staff-pages.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { bookingRow, checkInBefore } from './support/visits.js';

// Each describe builds an app and a day of visits: more than Jest's default on a busy machine.
jest.setTimeout(60_000);

const BASE_URL = 'https://book.syddjurs.example';
/** The tests move the clock through the morning: the session must outlast it. */
const ENV = { PUBLIC_BASE_URL: BASE_URL, STAFF_SESSION_IDLE_MINUTES: '480' };

describe('the adviser pages: "Min dag"', () => {
  let t: TestApp;
  let w: AdviserWorld;
  let agent: Agent;
  let karen: Booked;
  let ole: Booked;
  let bent: Booked;
  let lise: Booked;

  beforeAll(async () => {
    t = await createTestApp({ now: ADVISER_NOW, env: ENV });
    w = await givenAdviserWorld(t);
    karen = await visitWith(t, w.mette, '2026-11-25T11:00:00+01:00', 'Karen Jensen');
    ole = await visitWith(t, w.mette, '2026-11-25T11:30:00+01:00', 'Ole Hansen', 'FLYT');
    bent = await visitWith(t, w.jesper, '2026-11-25T11:00:00+01:00', 'Bent Olsen');
    lise = await visitWith(t, w.mette, '2026-11-26T10:00:00+01:00', 'Lise Berg');
    ({ agent } = await staffBrowser(t, 'adviser', { adviserId: w.mette, name: 'Mette Sørensen' }));
  });
  afterEach(() => t.clock.set(ADVISER_NOW));
  afterAll(() => t.close());

  const day = async (path = '/staff/raadgiver') => (await open(agent, path).expect(200)).text;

  it('shows the working time and only the adviser’s own visits, in time order', async () => {
    const html = await day();
    expect(html).toContain('<title>Min dag – Medarbejdere – Borgerservice</title>');
    const text = textOf(html);
    expect(text).toContain('onsdag 25. november – i dag');
    expect(text).toContain('09.00–16.00, Borgerservice Ebeltoft');
    expect(text).toContain('Besøg (2)');
    expect(text.indexOf('Karen Jensen')).toBeLessThan(text.indexOf('Ole Hansen'));
    expect(text).not.toContain('Bent Olsen');
    expect(text).not.toContain('Lise Berg');
  });

  it('shows each visit’s status, the citizen’s triage answers and what to bring', async () => {
    const card = textOf(visitCard(await day(), karen.reference));
    expect(card).toContain('11.00–11.15 Nyt eller fornyet pas (voksen)');
    expect(card).toContain('Status Booket');
    expect(card).toContain('Karen Jensen');
    expect(card).toContain(`Skranke`);
    expect(card).toContain(karen.reference);
    expect(card).toContain('Borgerens svar');
    expect(card).toMatch(/Har du MitID\?[^?]* Ja/);
    expect(card).toContain('Borgeren skal medbringe');
    expect(card).toContain('Pasfoto');
  });

  it('switches to another day, and back to today', async () => {
    const html = await day('/staff/raadgiver?dato=2026-11-26');
    const text = textOf(html);
    expect(text).toContain('torsdag 26. november');
    expect(text).toContain('Lise Berg');
    expect(text).not.toContain('Karen Jensen');
    expect(html).toContain('href="/staff/raadgiver?dato=2026-11-25"');
    expect(html).toContain('href="/staff/raadgiver?dato=2026-11-27"');
    // Other days are for reading: no buttons.
    expect(html).not.toContain('id="call-next"');
    expect(html).not.toContain(`id="udeblevet-${lise.reference.replace('-', '')}"`);
  });

  it('refuses a date that does not exist with the error summary, showing today', async () => {
    const res = await open(agent, '/staff/raadgiver?dato=2026-02-30').expect(400);
    expect(errorSummary(res.text)).toEqual(['day-nav: Datoen findes ikke. Her er dagen i dag']);
    expect(textOf(res.text)).toContain('Karen Jensen');
  });

  it('calls the next checked-in citizen, saying whom and where to', async () => {
    await checkInBefore(t, w.reception, karen);
    t.clock.set('2026-11-25T10:55:00+01:00');
    const page = await day();
    expect(textOf(page)).toContain('1 borger venter.');
    const called = await submit(agent, page, {}, 'call-next-form').expect(303);
    expect(called.headers.location).toBe(
      `/staff/raadgiver?udfoert=kaldt&besoeg=${karen.reference.replace('-', '')}`,
    );
    const after = await day(called.headers.location as string);
    expect(textOf(after)).toMatch(/Nummer 1 \(Karen Jensen\) er kaldt til Skranke \d\./);
    expect(textOf(visitCard(after, karen.reference))).toContain('Status Kaldt');
    expect((await bookingRow(t, karen)).status).toBe('called');

    const nobody = await submit(agent, after, {}, 'call-next-form').expect(303);
    expect(textOf(await day(nobody.headers.location as string))).toContain('Ingen venter på dig lige nu.');
  });

  it('starts a visit and completes it only with the outcome and "can do it alone" chosen', async () => {
    t.clock.set('2026-11-25T11:02:00+01:00');
    const key = karen.reference.replace('-', '');
    const started = await submit(agent, await day(), {}, `form-start-${key}`).expect(303);
    const page = await day(started.headers.location as string);
    expect(textOf(page)).toContain('Besøget med Karen Jensen er startet.');

    const missing = await submit(agent, page, {}, `complete-${key}`).expect(400);
    expect(errorSummary(missing.text)).toEqual([
      `outcome-${key}: Vælg, hvordan besøget endte`,
      `can-do-alone-${key}: Vælg, om borgeren kan klare det selv næste gang`,
    ]);
    const half = await submit(
      agent,
      missing.text,
      { outcome: 'self_served_with_help' },
      `complete-${key}`,
    ).expect(400);
    expect(errorSummary(half.text)).toEqual([
      `can-do-alone-${key}: Vælg, om borgeren kan klare det selv næste gang`,
    ]);
    expect(half.text).toMatch(/value="self_served_with_help" checked/);

    const done = await submit(
      agent,
      half.text,
      { outcome: 'self_served_with_help', canDoAloneNextTime: 'ja' },
      `complete-${key}`,
    ).expect(303);
    const after = textOf(await day(done.headers.location as string));
    expect(after).toContain('Besøget med Karen Jensen er afsluttet.');
    expect(after).toContain('Resultat Borgeren klarede det selv med hjælp');
    expect(await bookingRow(t, karen)).toMatchObject({
      status: 'completed',
      outcome: 'self_served_with_help',
      can_do_alone_next_time: true,
    });
  });

  it('shows the no-show rule’s refusal before the visit’s time, and allows it after, and undoing it', async () => {
    const key = ole.reference.replace('-', '');
    t.clock.set('2026-11-25T11:10:00+01:00');
    const early = await submit(agent, await day(), {}, `form-udeblevet-${key}`).expect(409);
    expect(errorSummary(early.text)).toEqual([
      `udeblevet-${key}: Besøget er ikke begyndt endnu og kan ikke markeres som udeblevet.`,
    ]);
    expect((await bookingRow(t, ole)).status).toBe('booked');

    t.clock.set('2026-11-25T11:40:00+01:00');
    const marked = await submit(agent, await day(), {}, `form-udeblevet-${key}`).expect(303);
    const after = await day(marked.headers.location as string);
    expect(textOf(after)).toContain('Ole Hansen er markeret som udeblevet.');
    const back = await submit(agent, after, {}, `form-kom-alligevel-${key}`).expect(303);
    expect(textOf(await day(back.headers.location as string))).toMatch(
      /Ole Hansen står i kø igen med nummer \d+\./,
    );
    expect((await bookingRow(t, ole)).status).toBe('checked_in');
  });

  it('refuses another adviser’s visit at the button, and an unknown action as not found', async () => {
    t.clock.set('2026-11-25T11:20:00+01:00');
    const page = await day();
    const form = formOf(page, 'call-next-form');
    const bentKey = bent.reference.replace('-', '');
    const res = await agent
      .post(`/staff/raadgiver/besoeg/${bentKey}/udeblevet`)
      .type('form')
      .set('Accept', BROWSER_ACCEPT)
      .send(form.fields)
      .expect(403);
    expect(errorSummary(res.text)).toEqual([`udeblevet-${bentKey}: Besøget er hos en anden rådgiver.`]);
    expect((await bookingRow(t, bent)).status).toBe('booked');
    await agent
      .post(`/staff/raadgiver/besoeg/${bentKey}/slet`)
      .type('form')
      .set('Accept', BROWSER_ACCEPT)
      .send(form.fields)
      .expect(404);
  });

  it('refuses a form without its CSRF token', async () => {
    await agent
      .post('/staff/raadgiver/kald-naeste')
      .type('form')
      .set('Accept', BROWSER_ACCEPT)
      .send({})
      .expect(403);
  });

  it('audits reading the day with the visits’ references', async () => {
    await day();
    const [row] = await t.dataSource.query<{ bookings: string[] }[]>(
      `SELECT bookings FROM audit_events WHERE action = 'adviser-day.read' ORDER BY occurred_at DESC, id LIMIT 1`,
    );
    expect(row.bookings).toEqual(expect.arrayContaining([karen.reference, ole.reference]));
    expect(row.bookings).not.toContain(bent.reference);
  });

  it('speaks English with ?lang=en', async () => {
    const html = await day('/staff/raadgiver?lang=en');
    expect(html).toContain('<title>My day – Staff – Citizen Service</title>');
    expect(textOf(html)).toContain('Wednesday 25 November – today');
    expect(html).toContain('action="/staff/raadgiver/kald-naeste?lang=en"');
  });

  it('keeps other roles out, and sends the signed-out to the sign-in page', async () => {
    const { agent: reception } = await staffBrowser(t, 'reception');
    await open(reception, '/staff/raadgiver').expect(403);
    const away = await open(request.agent(t.http), '/staff/raadgiver').expect(303);
    expect(away.headers.location).toBe('/staff/log-ind?next=%2Fstaff%2Fraadgiver');
  });

  it('tells an adviser account without an adviser record what to do, instead of failing', async () => {
    const { agent: unlinked } = await staffBrowser(t, 'adviser');
    const res = await open(unlinked, '/staff/raadgiver').expect(403);
    expect(res.text).toContain('<h1>Din konto er ikke knyttet til en rådgiver</h1>');
    await open(unlinked, '/staff/raadgiver/kalender').expect(403);
  });
});

describe('the adviser pages: the calendar link', () => {
  let t: TestApp;
  let w: AdviserWorld;
  let agent: Agent;

  beforeAll(async () => {
    t = await createTestApp({ now: ADVISER_NOW, env: { PUBLIC_BASE_URL: BASE_URL } });
    w = await givenAdviserWorld(t);
    ({ agent } = await staffBrowser(t, 'adviser', { adviserId: w.mette }));
  });
  afterAll(() => t.close());

  const feedUrlIn = (html: string) => /id="feed-url" type="text" readonly value="([^"]+)"/.exec(html)?.[1];

  it('makes a secret feed URL on the site’s public address, shown once, never cached or sent on', async () => {
    const page = await open(agent, '/staff/raadgiver/kalender').expect(200);
    expect(textOf(page.text)).toContain('Du har ikke noget kalenderlink endnu.');
    expect(feedUrlIn(page.text)).toBeUndefined();

    const made = await submit(agent, page.text, {}, 'calendar-link-form').expect(200);
    expect(made.headers['cache-control']).toBe('no-store');
    expect(made.headers['referrer-policy']).toBe('no-referrer');
    const url = feedUrlIn(made.text)!.replace(/&amp;/g, '&');
    expect(url).toMatch(
      new RegExp(`^${BASE_URL}/calendars/advisers/${w.mette}\\.ics\\?token=[A-Za-z0-9_-]+$`),
    );
    const feed = await request(t.http).get(url.slice(BASE_URL.length)).expect(200);
    expect(feed.text).toContain('BEGIN:VCALENDAR');

    const again = await open(agent, '/staff/raadgiver/kalender').expect(200);
    expect(feedUrlIn(again.text)).toBeUndefined();
    expect(textOf(again.text)).toContain('Du har allerede et kalenderlink.');
    expect(textOf(again.text)).toContain('det gamle holder op med at virke');
  });

  it('replaces the link: the old URL stops working', async () => {
    const page = await open(agent, '/staff/raadgiver/kalender').expect(200);
    const first = feedUrlIn((await submit(agent, page.text, {}, 'calendar-link-form').expect(200)).text)!;
    const second = feedUrlIn((await submit(agent, page.text, {}, 'calendar-link-form').expect(200)).text)!;
    expect(second).not.toBe(first);
    const path = (url: string) => url.replace(/&amp;/g, '&').slice(BASE_URL.length);
    await request(t.http).get(path(first)).expect(404);
    await request(t.http).get(path(second)).expect(200);
  });
});
