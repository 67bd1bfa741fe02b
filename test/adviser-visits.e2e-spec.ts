import { book, type Booked, uniqueEmail } from './support/bookings.js';
import request from 'supertest';
import { LocationsWriter } from '../src/locations/locations.writer.js';
import { StaffingWriter } from '../src/staffing/staffing.writer.js';
import { VisitsService } from '../src/visits/visits.service.js';
import {
  givenAdviser,
  givenLocation,
  givenOffice,
  givenStaff,
  type WeeklyHours,
} from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { at, bookingRow, cancelBooking, checkIn, checkInBefore } from './support/visits.js';

/*
 * This file builds its own office: Borgerservice Ebeltoft (MAIN), open
 * Monday-Wednesday 10-14, Thursday 10-17 and Friday 10-13, where Mette Sørensen works every weekday
 * (09:30-14:30, Thursday until 17:15, Friday until 13:30) and Jesper Møller the same shifts from
 * Tuesday; both handle passports (PAS_VOKSEN) and moving (FLYT).
 */

/** A Wednesday. */
const NOW = '2026-11-25T08:00:00+01:00';
const ERRANDS = ['PAS_VOKSEN', 'FLYT'];
const MAIN_HOURS: WeeklyHours[] = [
  { days: [1, 2, 3], from: '10:00', to: '14:00' },
  { days: [4], from: '10:00', to: '17:00' },
  { days: [5], from: '10:00', to: '13:00' },
];
/** The MAIN shift on the given ISO weekdays. */
const mainShift = (days: number[]): WeeklyHours[] =>
  [
    { days: [1, 2, 3], from: '09:30', to: '14:30' },
    { days: [4], from: '09:30', to: '17:15' },
    { days: [5], from: '09:30', to: '13:30' },
  ].map((row) => ({ ...row, days: row.days.filter((day) => days.includes(day)) }));

interface Staff {
  t: TestApp;
  reception: string;
  adviser: string;
  mette: string;
  jesper: string;
}

async function staffApp(): Promise<Staff> {
  const t = await createTestApp({ now: NOW });
  // Listening on a port of its own, so concurrent requests share one server.
  await t.app.listen(0, '127.0.0.1');
  const main = await givenLocation(t, {
    code: 'MAIN',
    name: 'Borgerservice Ebeltoft',
    hours: MAIN_HOURS,
    stations: [
      { name: 'Skranke 1', errands: ERRANDS },
      { name: 'Skranke 2', errands: ERRANDS },
    ],
  });
  const mette = await givenAdviser(t, {
    name: 'Mette Sørensen',
    errands: ERRANDS,
    works: [{ at: main, hours: mainShift([1, 2, 3, 4, 5]) }],
  });
  const jesper = await givenAdviser(t, {
    name: 'Jesper Møller',
    errands: ERRANDS,
    works: [{ at: main, hours: mainShift([2, 3, 4, 5]) }],
  });
  return {
    t,
    reception: await givenStaff(t, 'reception'),
    adviser: await givenStaff(t, 'adviser', { adviserId: mette }),
    mette,
    jesper,
  };
}

function act(s: Staff, visit: Booked | string, action: string, body?: object, auth = s.adviser) {
  const reference = typeof visit === 'string' ? visit : visit.reference;
  return request(s.t.http)
    .post(`/visits/${reference}/${action}`)
    .set('Authorization', auth)
    .send(body ?? {});
}

function day(s: Staff, date?: string, auth = s.adviser) {
  return request(s.t.http)
    .get('/advisers/me/day')
    .query(date ? { date } : {})
    .set('Authorization', auth);
}

function callNext(s: Staff) {
  return request(s.t.http).post('/advisers/me/call-next').set('Authorization', s.adviser);
}

describe('the adviser’s day and visits', () => {
  let s: Staff;
  let t: TestApp;
  beforeAll(async () => {
    s = await staffApp();
    t = s.t;
  });
  afterEach(() => t.clock.set(NOW));
  afterAll(() => t.close());

  it('shows the working time and the visits of the day in time order, with name, documents and status', async () => {
    // A Thursday: Mette works 09:30-17:15.
    const karen = await book(t, {
      adviser: s.mette,
      start: '2026-11-26T14:00:00+01:00',
      citizen: { name: 'Karen Jensen', email: uniqueEmail() },
    });
    const ole = await book(t, {
      adviser: s.mette,
      start: '2026-11-26T10:30:00+01:00',
      errand: 'FLYT',
      citizen: { name: 'Ole Hansen', email: uniqueEmail() },
    });
    const ib = await book(t, {
      adviser: s.mette,
      start: '2026-11-26T12:00:00+01:00',
      citizen: { name: 'Ib Madsen', email: uniqueEmail() },
    });
    await book(t, { adviser: s.jesper, start: '2026-11-26T11:00:00+01:00' });
    await book(t, { adviser: s.mette, start: '2026-11-27T10:00:00+01:00' });
    await checkInBefore(t, s.reception, ole);

    const res = await day(s, '2026-11-26').expect(200);
    expect(res.body.date).toBe('2026-11-26');
    expect(res.body.workingTime).toEqual([
      {
        location: 'MAIN',
        locationName: 'Borgerservice Ebeltoft',
        starts: '2026-11-26T09:30:00+01:00',
        ends: '2026-11-26T17:15:00+01:00',
      },
    ]);
    expect(
      res.body.visits.map((v: Record<string, unknown>) => [
        v.reference,
        v.start,
        v.status,
        v.checkedIn,
        v.citizenName,
      ]),
    ).toEqual([
      [ole.reference, '2026-11-26T10:30:00+01:00', 'checked_in', true, 'Ole Hansen'],
      [ib.reference, '2026-11-26T12:00:00+01:00', 'booked', false, 'Ib Madsen'],
      [karen.reference, '2026-11-26T14:00:00+01:00', 'booked', false, 'Karen Jensen'],
    ]);
    const flyt = await request(t.http).get('/errands/FLYT').expect(200);
    const passport = await request(t.http).get('/errands/PAS_VOKSEN').expect(200);
    expect(res.body.visits[0]).toMatchObject({
      errand: { code: 'FLYT', name: flyt.body.name },
      documents: flyt.body.documents,
      adviser: { id: s.mette, name: 'Mette Sørensen' },
      end: '2026-11-26T10:50:00+01:00',
      queueNumber: 1,
    });
    expect(res.body.visits[1].documents).toEqual(passport.body.documents);
    expect(passport.body.documents.length).toBeGreaterThan(0);
  });

  it('defaults to today, keeps the offset of summer time and answers 400 for a date that is not one', async () => {
    const today = await day(s).expect(200);
    expect(today.body).toMatchObject({
      date: '2026-11-25',
      workingTime: [{ starts: '2026-11-25T09:30:00+01:00', ends: '2026-11-25T14:30:00+01:00' }],
    });
    // The Tuesday after the change to summer time.
    const summer = await day(s, '2027-03-30').expect(200);
    expect(summer.body.workingTime).toEqual([
      expect.objectContaining({ starts: '2027-03-30T09:30:00+02:00', ends: '2027-03-30T14:30:00+02:00' }),
    ]);
    const saturday = await day(s, '2026-11-28').expect(200);
    expect(saturday.body).toEqual({ date: '2026-11-28', workingTime: [], away: [], closed: [], visits: [] });
    for (const date of ['2026-11-32', '2026-02-30', 'today']) {
      const res = await day(s, date).expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    }
  });

  it('calls, starts and completes a visit and stores the outcome', async () => {
    const visit = await book(t, { adviser: s.mette, start: '2026-11-25T10:30:00+01:00' });
    await checkInBefore(t, s.reception, visit);

    t.clock.set('2026-11-25T10:25:00+01:00');
    expect((await act(s, visit, 'call').expect(200)).body).toMatchObject({
      status: 'called',
      checkedIn: true,
    });
    t.clock.set('2026-11-25T10:26:00+01:00');
    // The citizen did not hear it: call again.
    await act(s, visit, 'call').expect(200);
    t.clock.set('2026-11-25T10:27:00+01:00');
    expect((await act(s, visit, 'start').expect(200)).body.status).toBe('in_progress');
    t.clock.set('2026-11-25T10:41:00+01:00');
    const done = await act(s, visit, 'complete', {
      outcome: 'self_served_with_help',
      canDoAloneNextTime: true,
    }).expect(200);
    expect(done.body).toMatchObject({
      reference: visit.reference,
      status: 'completed',
      outcome: 'self_served_with_help',
      canDoAloneNextTime: true,
    });
    const stored = {
      status: 'completed',
      called_at: new Date('2026-11-25T10:26:00+01:00'),
      started_at: new Date('2026-11-25T10:27:00+01:00'),
      completed_at: new Date('2026-11-25T10:41:00+01:00'),
      outcome: 'self_served_with_help',
      can_do_alone_next_time: true,
    };
    expect(await bookingRow(t, visit)).toMatchObject(stored);

    for (const action of ['start', 'complete', 'call', 'no-show']) {
      const res = await act(s, visit, action, { outcome: 'not_resolved', canDoAloneNextTime: false }).expect(
        409,
      );
      expect(res.body).toMatchObject({
        statusCode: 409,
        code: 'VISIT_STATE_CONFLICT',
        details: { status: 'completed', action },
      });
    }
    expect(await bookingRow(t, visit)).toMatchObject(stored);
  });

  it('refuses transitions the visit’s status does not allow with 409 VISIT_STATE_CONFLICT', async () => {
    const booked = await book(t, { adviser: s.mette, start: '2026-11-25T10:45:00+01:00' });
    for (const action of ['call', 'start', 'complete']) {
      const res = await act(s, booked, action, {
        outcome: 'done_by_adviser',
        canDoAloneNextTime: false,
      }).expect(409);
      expect(res.body).toMatchObject({
        statusCode: 409,
        code: 'VISIT_STATE_CONFLICT',
        details: { status: 'booked' },
      });
    }
    const waiting = await book(t, { adviser: s.mette, start: '2026-11-25T11:00:00+01:00' });
    await checkInBefore(t, s.reception, waiting);
    const early = await act(s, waiting, 'complete', {
      outcome: 'done_by_adviser',
      canDoAloneNextTime: false,
    });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({
      code: 'VISIT_STATE_CONFLICT',
      details: { status: 'checked_in', action: 'complete' },
    });
    expect(await bookingRow(t, waiting)).toMatchObject({
      status: 'checked_in',
      completed_at: null,
      outcome: null,
    });
    expect(await bookingRow(t, booked)).toMatchObject({ status: 'booked', called_at: null });
  });

  it('answers 403 NOT_YOUR_VISIT for another adviser’s visit and changes nothing', async () => {
    const visit = await book(t, { adviser: s.jesper, start: '2026-11-25T11:15:00+01:00' });
    await checkInBefore(t, s.reception, visit);
    for (const action of ['call', 'start', 'no-show']) {
      const res = await act(s, visit, action).expect(403);
      expect(res.body).toMatchObject({ statusCode: 403, code: 'NOT_YOUR_VISIT' });
    }
    expect(await bookingRow(t, visit)).toMatchObject({ status: 'checked_in', called_at: null });
  });

  it('answers 404 BOOKING_NOT_FOUND for an unknown reference and 400 for a malformed outcome', async () => {
    const unknown = await act(s, 'ACEF-HJKM', 'call').expect(404);
    expect(unknown.body).toMatchObject({ statusCode: 404, code: 'BOOKING_NOT_FOUND' });
    const invalid = await act(s, 'ACEF-HJKM', 'complete', {
      outcome: 'great',
      canDoAloneNextTime: 'yes',
    }).expect(400);
    expect(invalid.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    expect(invalid.body.details.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'canDoAloneNextTime',
      'outcome',
    ]);
    const extra = await act(s, 'ACEF-HJKM', 'complete', {
      outcome: 'not_resolved',
      canDoAloneNextTime: false,
      status: 'booked',
    }).expect(400);
    expect(extra.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
  });

  it('lets only one of two concurrent starts win; the other gets 409 with the status it found', async () => {
    const visit = await book(t, { adviser: s.mette, start: '2026-11-25T13:00:00+01:00' });
    await checkInBefore(t, s.reception, visit);
    const answers = await Promise.all([
      act(s, visit, 'start'),
      act(s, visit, 'start'),
      act(s, visit, 'start'),
    ]);
    expect(answers.map((res) => res.status).sort()).toEqual([200, 409, 409]);
    for (const res of answers.filter((r) => r.status === 409))
      expect(res.body).toMatchObject({ code: 'VISIT_STATE_CONFLICT', details: { status: 'in_progress' } });
    expect(await bookingRow(t, visit)).toMatchObject({ status: 'in_progress' });
  });

  it('marks a citizen who did not come as no_show, also after calling them', async () => {
    const absent = await book(t, { adviser: s.mette, start: '2026-11-25T12:15:00+01:00' });
    const called = await book(t, { adviser: s.mette, start: '2026-11-25T12:30:00+01:00' });
    t.clock.set('2026-11-25T12:20:00+01:00');
    expect((await act(s, absent, 'no-show').expect(200)).body.status).toBe('no_show');
    const call = await act(s, absent, 'call').expect(409);
    expect(call.body).toMatchObject({ code: 'VISIT_STATE_CONFLICT', details: { status: 'no_show' } });
    const arriving = await checkIn(t, s.reception, absent.reference).expect(409);
    expect(arriving.body).toMatchObject({
      statusCode: 409,
      code: 'VISIT_STATE_CONFLICT',
      details: { status: 'no_show' },
    });

    await checkInBefore(t, s.reception, called);
    t.clock.set('2026-11-25T12:31:00+01:00');
    await act(s, called, 'call').expect(200);
    t.clock.set('2026-11-25T12:40:00+01:00');
    expect((await act(s, called, 'no-show').expect(200)).body.status).toBe('no_show');
    expect(await bookingRow(t, called)).toMatchObject({ status: 'no_show' });
  });

  it('answers 403 NOT_AN_ADVISER to an adviser account without an adviser record', async () => {
    // An account with the adviser role but no adviser record behind it.
    const auth = await givenStaff(t, 'adviser');
    const answers = [
      await day(s, '2026-11-25', auth),
      await request(t.http).post('/advisers/me/call-next').set('Authorization', auth),
      await act(s, 'ACEF-HJKM', 'call', {}, auth),
      await request(t.http).post('/advisers/me/calendar-token').set('Authorization', auth),
    ];
    for (const res of answers) expect(res.body).toMatchObject({ statusCode: 403, code: 'NOT_AN_ADVISER' });
  });
});

describe('the adviser’s day: absences, holidays and closed days', () => {
  let s: Staff;
  beforeAll(async () => {
    s = await staffApp();
    const staffing = s.t.app.get(StaffingWriter);
    const locations = s.t.app.get(LocationsWriter);
    const [{ id: main }] = await s.t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM locations WHERE code = 'MAIN'`,
    );
    await s.t.dataSource.transaction(async (manager) => {
      // A course on Monday 30 November 11:00-12:00, and a staff day at MAIN on Wednesday 2 December.
      await staffing.createAbsence(manager, s.mette, {
        startsAt: '2026-11-30T11:00:00+01:00',
        endsAt: '2026-11-30T12:00:00+01:00',
        reason: 'Kursus',
      });
      await locations.createClosure(manager, main, {
        startsOn: '2026-12-02',
        endsOn: '2026-12-02',
        reason: 'Personaledag',
      });
    });
  });
  afterAll(() => s.t.close());

  it('cuts an absence out of the working time and shows it', async () => {
    const res = await day(s, '2026-11-30').expect(200);
    expect(res.body.workingTime).toEqual([
      expect.objectContaining({
        location: 'MAIN',
        starts: '2026-11-30T09:30:00+01:00',
        ends: '2026-11-30T11:00:00+01:00',
      }),
      expect.objectContaining({
        location: 'MAIN',
        starts: '2026-11-30T12:00:00+01:00',
        ends: '2026-11-30T14:30:00+01:00',
      }),
    ]);
    expect(res.body.away).toEqual([
      { starts: '2026-11-30T11:00:00+01:00', ends: '2026-11-30T12:00:00+01:00', reason: 'Kursus' },
    ]);
    expect(res.body.closed).toEqual([]);
  });

  it('has no working time at a location on its closed day, and says why', async () => {
    const res = await day(s, '2026-12-02').expect(200);
    expect(res.body).toMatchObject({
      workingTime: [],
      closed: [{ location: 'MAIN', locationName: 'Borgerservice Ebeltoft', reason: 'Personaledag' }],
    });
  });

  it('has no working time on a public holiday', async () => {
    const res = await day(s, '2026-12-25').expect(200);
    expect(res.body).toMatchObject({ workingTime: [], closed: [{ location: 'MAIN', reason: 'Juledag' }] });
  });
});

describe('calling the next citizen', () => {
  let s: Staff;
  let t: TestApp;
  beforeAll(async () => {
    s = await staffApp();
    t = s.t;
  });
  afterAll(() => t.close());

  it('calls the checked-in visit with the earliest start, only of today, then answers 204', async () => {
    // Checked in yesterday and never seen: not someone to call today.
    const yesterday = await at(t, '2026-11-24T07:00:00+01:00', () =>
      book(t, { adviser: s.mette, start: '2026-11-24T10:00:00+01:00' }),
    );
    await checkInBefore(t, s.reception, yesterday);
    const later = await book(t, { adviser: s.mette, start: '2026-11-25T11:45:00+01:00' });
    const earlier = await book(t, { adviser: s.mette, start: '2026-11-25T11:30:00+01:00' });
    await book(t, { adviser: s.mette, start: '2026-11-25T12:00:00+01:00' });
    const others = await book(t, { adviser: s.jesper, start: '2026-11-25T11:15:00+01:00' });
    await at(t, '2026-11-25T11:15:00+01:00', () => checkIn(t, s.reception, later.reference).expect(200));
    await at(t, '2026-11-25T11:10:00+01:00', () => checkIn(t, s.reception, others.reference).expect(200));
    await at(t, '2026-11-25T11:20:00+01:00', () => checkIn(t, s.reception, earlier.reference).expect(200));

    t.clock.set('2026-11-25T11:25:00+01:00');
    const first = await callNext(s).expect(200);
    expect(first.body).toMatchObject({ reference: earlier.reference, status: 'called' });
    const second = await callNext(s).expect(200);
    expect(second.body).toMatchObject({ reference: later.reference, status: 'called' });
    const none = await callNext(s).expect(204);
    expect(none.text).toBe('');
    expect(await bookingRow(t, yesterday)).toMatchObject({ status: 'checked_in', called_at: null });
    expect(await bookingRow(t, others)).toMatchObject({ status: 'checked_in', called_at: null });
  });
});

describe('the no-show sweep', () => {
  let t: TestApp;
  let reception: string;
  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    // Three stations and three advisers: three visits can start at 10:00.
    await givenOffice(t, { code: 'MAIN', stations: 3, advisers: 3, hours: ['10:00', '14:00'] });
    reception = await givenStaff(t, 'reception');
  });
  afterAll(() => t.close());

  it('marks bookings nobody checked in 15 minutes after the start, once, and leaves the rest alone', async () => {
    const sweep = t.app.get(VisitsService);
    const missed = await book(t, { start: '2026-11-25T10:00:00+01:00' });
    const arrived = await book(t, { start: '2026-11-25T10:00:00+01:00' });
    const cancelled = await book(t, { start: '2026-11-25T10:00:00+01:00' });
    const stillInTime = await book(t, { start: '2026-11-25T10:15:00+01:00' });
    const future = await book(t, { start: '2026-11-25T11:00:00+01:00' });
    await cancelBooking(t, cancelled);
    await checkInBefore(t, reception, arrived);

    t.clock.set('2026-11-25T10:20:00+01:00');
    expect(await sweep.markNoShows()).toBe(1);
    expect(await bookingRow(t, missed)).toMatchObject({
      status: 'no_show',
      sequence: 1,
      updated_at: new Date('2026-11-25T10:20:00+01:00'),
    });
    expect(await bookingRow(t, arrived)).toMatchObject({ status: 'checked_in', sequence: 0 });
    expect(await bookingRow(t, cancelled)).toMatchObject({ status: 'cancelled', sequence: 1 });
    expect(await bookingRow(t, stillInTime)).toMatchObject({ status: 'booked', sequence: 0 });
    expect(await bookingRow(t, future)).toMatchObject({ status: 'booked', sequence: 0 });
    expect(await sweep.markNoShows()).toBe(0);

    // Two API instances sweeping at the same moment mark each booking once.
    t.clock.set('2026-11-25T10:31:00+01:00');
    const counts = await Promise.all([sweep.markNoShows(), sweep.markNoShows(), sweep.markNoShows()]);
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(1);
    expect(await bookingRow(t, stillInTime)).toMatchObject({ status: 'no_show', sequence: 1 });
    expect(await bookingRow(t, missed)).toMatchObject({ status: 'no_show', sequence: 1 });
    expect(await bookingRow(t, future)).toMatchObject({ status: 'booked' });

    const late = await checkIn(t, reception, missed.reference).expect(409);
    expect(late.body).toMatchObject({ code: 'VISIT_STATE_CONFLICT', details: { status: 'no_show' } });
  });
});
