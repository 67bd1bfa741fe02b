import { book, type Booked, uniqueEmail } from './support/bookings.js';
import request from 'supertest';
import type { VEvent } from 'node-ical';
import { calendarEvents, textOf } from './support/ical.js';
import { givenOffice, givenStaff } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { cancelBooking } from './support/visits.js';

/** A Saturday before the change to summer time (Sunday 2027-03-28, 02:00 → 03:00). */
const NOW = '2027-03-20T09:00:00+01:00';
const CALENDAR_DOMAIN = 'borgerservice.local';
const KAREN = { name: 'Karen Jensen', email: 'karen.jensen@example.dk', phone: '+4520304050' };
const OLE = { name: 'Ole Hansen', email: 'ole.hansen@example.dk' };

const uidOf = (booking: Booked) => `booking-${booking.id}@${CALENDAR_DOMAIN}`;
const eventOf = (text: string, booking: Booked): VEvent | undefined =>
  calendarEvents(text).find((event) => event.uid === uidOf(booking));

describe('calendar feeds', () => {
  let t: TestApp;
  let adviser: string;
  let admin: string;
  let mette: string;
  let jesper: string;
  let main: string;
  let code: string;
  /** Mette's visits at 10:00 local on both sides of the change. */
  let winter: Booked;
  let summer: Booked;
  let jespers: Booked;
  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    const office = await givenOffice(t, {
      name: 'Borgerservice Ebeltoft',
      stations: 2,
      advisers: ['Mette Sørensen', 'Jesper Møller'],
    });
    ({ code, locationId: main } = office);
    [mette, jesper] = office.adviserIds;
    adviser = await givenStaff(t, 'adviser', { adviserId: mette });
    admin = await givenStaff(t, 'admin');
    const at = (start: string, options: object = {}) => book(t, { location: code, start, ...options });
    winter = await at('2027-03-24T10:00:00+01:00', { adviser: mette, citizen: KAREN });
    summer = await at('2027-03-30T10:00:00+02:00', { adviser: mette, citizen: OLE });
    jespers = await at('2027-03-24T10:00:00+01:00', { adviser: jesper });
  });
  afterEach(() => t.clock.set(NOW));
  afterAll(() => t.close());

  const rotateAdviser = async () => {
    const res = await request(t.http)
      .post('/advisers/me/calendar-token')
      .set('Authorization', adviser)
      .expect(200);
    return res.body as { url: string; token: string };
  };
  const rotateLocation = async (location: string) => {
    const res = await request(t.http)
      .post(`/locations/${location}/calendar-token`)
      .set('Authorization', admin)
      .expect(200);
    return res.body as { url: string; token: string };
  };
  const get = (url: string) => request(t.http).get(url);

  it('gives the adviser a secret feed URL with their visits at the right local time on both sides of the change', async () => {
    const link = await rotateAdviser();
    expect(link.token).toMatch(/^[\w-]{43}$/);
    expect(link.url).toBe(`/calendars/advisers/${mette}.ics?token=${link.token}`);

    const res = await get(link.url).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    expect(res.headers['cache-control']).toBe('private, max-age=0, must-revalidate');
    expect(res.headers.etag).toMatch(/^"[\w-]+"$/);
    expect(res.text).toContain('BEGIN:VTIMEZONE');
    expect(res.text).toContain('TZID:Europe/Copenhagen');
    expect(res.text).toContain('X-WR-CALNAME:Mette Sørensen');
    // 10:00 local is written as 10:00 in the zone on both sides, i.e. 09:00Z before and 08:00Z after.
    expect(res.text).toContain('DTSTART;TZID=Europe/Copenhagen:20270324T100000');
    expect(res.text).toContain('DTSTART;TZID=Europe/Copenhagen:20270330T100000');

    // RFC 5545 3.8.7.2-3: DTSTAMP and LAST-MODIFIED MUST be UTC times (not floating local ones).
    const stamps = res.text.match(/^(DTSTAMP|LAST-MODIFIED):.*$/gm) ?? [];
    expect(stamps).toHaveLength(4);
    for (const line of stamps) expect(line.trim()).toMatch(/^[A-Z-]+:20270320T080000Z$/);

    const events = calendarEvents(res.text);
    expect(events.map((event) => event.uid).sort()).toEqual([uidOf(winter), uidOf(summer)].sort());
    const before = eventOf(res.text, winter)!;
    const after = eventOf(res.text, summer)!;
    expect([before.start.toISOString(), before.end?.toISOString()]).toEqual([
      '2027-03-24T09:00:00.000Z',
      '2027-03-24T09:15:00.000Z',
    ]);
    expect([after.start.toISOString(), after.end?.toISOString()]).toEqual([
      '2027-03-30T08:00:00.000Z',
      '2027-03-30T08:15:00.000Z',
    ]);
    expect(before.status).toBe('CONFIRMED');
    expect(textOf(before.summary)).toContain(winter.reference);
    expect(textOf(before.location)).toContain('Borgerservice Ebeltoft');

    for (const value of [...Object.values(KAREN), ...Object.values(OLE), 'Jensen', 'Hansen'])
      expect(res.text).not.toContain(value);
    expect(res.text).not.toContain(jespers.reference);
  });

  it('answers 304 with an empty body to a matching If-None-Match, and a changed feed gets a new ETag', async () => {
    const link = await rotateAdviser();
    const first = await get(link.url).expect(200);
    const etag = first.headers.etag as string;

    const unchanged = await get(link.url).set('If-None-Match', etag).expect(304);
    expect(unchanged.text).toBe('');
    expect(unchanged.headers.etag).toBe(etag);
    // Time passing alone does not change the feed.
    t.clock.set('2027-03-20T09:05:00+01:00');
    await get(link.url).set('If-None-Match', `"something-else", ${etag}`).expect(304);
    await get(link.url).set('If-None-Match', '"something-else"').expect(200);

    t.clock.set('2027-03-20T10:00:00+01:00');
    await cancelBooking(t, winter);
    const changed = await get(link.url).set('If-None-Match', etag).expect(200);
    expect(changed.headers.etag).not.toBe(etag);
    const cancelled = eventOf(changed.text, winter)!;
    expect(cancelled.status).toBe('CANCELLED');
    expect(changed.text).toContain('STATUS:CANCELLED');
    expect(Number(cancelled.sequence)).toBe(1);
    expect(eventOf(changed.text, summer)!.status).toBe('CONFIRMED');
    await get(link.url)
      .set('If-None-Match', changed.headers.etag as string)
      .expect(304);
  });

  it('gives a location feed through the admin: a moved visit keeps its UID with a new SEQUENCE and LAST-MODIFIED', async () => {
    const link = await rotateLocation(code);
    expect(link.url).toBe(`/calendars/locations/${main}.ics?token=${link.token}`);
    const moving = await book(t, {
      location: code,
      start: '2027-03-24T11:00:00+01:00',
      citizen: { name: 'Lise Berg', email: uniqueEmail() },
    });

    const before = await get(link.url).expect(200);
    expect(before.text).toContain('X-WR-CALNAME:Borgerservice Ebeltoft');
    expect(before.text).not.toContain('Lise Berg');
    expect(calendarEvents(before.text).map((event) => event.uid)).toEqual(
      expect.arrayContaining([uidOf(winter), uidOf(summer), uidOf(jespers), uidOf(moving)]),
    );
    const original = eventOf(before.text, moving)!;
    expect(Number(original.sequence)).toBe(0);
    expect(original.lastmodified?.toISOString()).toBe('2027-03-20T08:00:00.000Z');
    expect(original.start.toISOString()).toBe('2027-03-24T10:00:00.000Z');

    t.clock.set('2027-03-21T12:00:00+01:00');
    await request(t.http)
      .post(`/bookings/${moving.reference}/reschedule`)
      .query({ token: moving.manageToken })
      .send({ start: '2027-03-30T11:00:00+02:00' })
      .expect(200);
    const after = await get(link.url).expect(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    const moved = eventOf(after.text, moving)!;
    expect(moved).toBeDefined();
    expect(Number(moved.sequence)).toBe(1);
    expect(moved.lastmodified?.toISOString()).toBe('2027-03-21T11:00:00.000Z');
    expect(moved.start.toISOString()).toBe('2027-03-30T09:00:00.000Z');
    expect(after.text).toContain('DTSTART;TZID=Europe/Copenhagen:20270330T110000');
    expect(after.text).toContain('LAST-MODIFIED:20270321T110000Z');
    expect(calendarEvents(after.text).filter((event) => event.uid === uidOf(moving))).toHaveLength(1);
  });

  it('rotates a location feed by id as well, and answers 404 LOCATION_NOT_FOUND for an unknown one', async () => {
    const link = await rotateLocation(main);
    await get(link.url).expect(200);
    const unknown = await request(t.http)
      .post('/locations/NOWHERE/calendar-token')
      .set('Authorization', admin)
      .expect(404);
    expect(unknown.body).toMatchObject({ statusCode: 404, code: 'LOCATION_NOT_FOUND' });
  });

  it('answers 404 FEED_NOT_FOUND to a rotated, wrong or missing token and to feeds nobody opened', async () => {
    const old = await rotateAdviser();
    await get(old.url).expect(200);
    const current = await rotateAdviser();
    const location = await rotateLocation(code);

    await get(current.url).expect(200);
    const notFound = [
      old.url,
      `/calendars/advisers/${mette}.ics`,
      `/calendars/advisers/${mette}.ics?token=${'A'.repeat(43)}`,
      `/calendars/advisers/${mette}.ics?token=${location.token}`,
      `/calendars/advisers/${jesper}.ics?token=${current.token}`,
      `/calendars/locations/${mette}.ics?token=${current.token}`,
      `/calendars/people/${mette}.ics?token=${current.token}`,
      `/calendars/advisers/${mette}.json?token=${current.token}`,
      `/calendars/advisers/mette.ics?token=${current.token}`,
    ];
    for (const url of notFound) {
      const res = await get(url);
      expect({ url, status: res.status, body: res.body as unknown }).toEqual({
        url,
        status: 404,
        body: { statusCode: 404, code: 'FEED_NOT_FOUND', message: expect.any(String) as string },
      });
    }
  });

  it('keeps 30 days of history in the feed', async () => {
    const link = await rotateAdviser();
    t.clock.set('2027-04-28T12:00:00+02:00');
    const month = await get(link.url).expect(200);
    expect(eventOf(month.text, summer)).toBeDefined();
    t.clock.set('2027-04-30T12:00:00+02:00');
    const later = await get(link.url).expect(200);
    expect(eventOf(later.text, summer)).toBeUndefined();
  });
});
