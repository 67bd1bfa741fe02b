import { jest } from '@jest/globals';
import request from 'supertest';
import { BookingStatusService } from '../src/bookings/booking-status.service.js';
import { VisitsService } from '../src/visits/visits.service.js';
import { givenAccount, givenStaff } from './support/factories.js';
import {
  callbackRow,
  type GivenCallback,
  givenCallback,
  givenHotlineWorld,
  HOTLINE_NOW,
  type HotlineWorld,
} from './support/hotline.js';
import { createTestApp, type TestApp } from './support/test-app.js';

jest.setTimeout(60_000);

describe('the hotline API: callbacks and their transitions', () => {
  let t: TestApp;
  let w: HotlineWorld;
  let auth: string;
  let nine: GivenCallback;
  let ten: GivenCallback;
  let eleven: GivenCallback;
  let noon: GivenCallback;
  let one: GivenCallback;

  beforeAll(async () => {
    t = await createTestApp({ now: HOTLINE_NOW });
    w = await givenHotlineWorld(t);
    const at = (time: string) => ({
      location: w.hotline,
      adviser: w.louise,
      start: `2026-11-25T${time}:00+01:00`,
    });
    // Made out of order: the list orders them.
    ten = await givenCallback(t, { ...at('10:00'), name: 'Ole Hansen' });
    nine = await givenCallback(t, { ...at('09:00'), name: 'Karen Jensen' });
    eleven = await givenCallback(t, { ...at('11:00'), name: 'Bent Olsen' });
    noon = await givenCallback(t, { ...at('12:00'), name: 'Lise Berg' });
    one = await givenCallback(t, { ...at('13:00'), name: null, phone: '+45 11 22 33 44' });
    // Tomorrow's is not today's.
    await givenCallback(t, { ...at('09:00'), start: '2026-11-26T09:00:00+01:00', name: 'Tove Dam' });
    // Louise is an adviser too (the API's /visits steps are hers to try on a call).
    const account = await givenAccount(t, ['hotline', 'adviser'], {
      adviserId: w.louise,
      locations: [w.hotline],
    });
    auth = await account.signIn();
  });
  afterEach(() => t.clock.set(HOTLINE_NOW));
  afterAll(() => t.close());

  const post = (reference: string, step: string, body: object = {}) =>
    request(t.http).post(`/hotline/callbacks/${reference}/${step}`).set('Authorization', auth).send(body);

  it('lists today’s callbacks at the hotline in time order, with the number to call', async () => {
    const res = await request(t.http).get('/hotline/HOTL/callbacks').set('Authorization', auth).expect(200);
    const list = res.body as {
      reference: string;
      citizenName: string | null;
      citizenPhone: string;
      status: string;
    }[];
    expect(list.map((c) => c.citizenName)).toEqual([
      'Karen Jensen',
      'Ole Hansen',
      'Bent Olsen',
      'Lise Berg',
      null,
    ]);
    expect(list[0]).toMatchObject({
      reference: nine.reference,
      status: 'booked',
      citizenPhone: '20 30 40 50',
    });
    expect(list[0]).toMatchObject({ errand: { code: 'MITID_NY' }, callAttempts: 0, outcome: null });
  });

  it('is for hotline staff at the place only', async () => {
    await request(t.http).get('/hotline/HOTL/callbacks').expect(401);
    const reception = await givenStaff(t, 'reception');
    const refused = await request(t.http)
      .get('/hotline/HOTL/callbacks')
      .set('Authorization', reception)
      .expect(403);
    expect(refused.body.code).toBe('ROLE_REQUIRED');
    const elsewhere = await (await givenAccount(t, 'hotline', { locations: [w.main] })).signIn();
    const none = await request(t.http)
      .get('/hotline/HOTL/callbacks')
      .set('Authorization', elsewhere)
      .expect(403);
    expect(none.body.code).toBe('NO_HOTLINE_PLACE');
    const away = await request(t.http)
      .post(`/hotline/callbacks/${nine.reference}/start`)
      .set('Authorization', elsewhere)
      .expect(403);
    expect(away.body.code).toBe('LOCATION_NOT_ALLOWED');
    expect((await callbackRow(t, nine)).status).toBe('booked');
  });

  it('starts a call, then refuses to start it again without changing it', async () => {
    t.clock.set('2026-11-25T09:01:00+01:00');
    const res = await post(nine.reference, 'start').expect(200);
    expect(res.body.status).toBe('in_progress');
    const started = await callbackRow(t, nine);
    expect(started).toMatchObject({ status: 'in_progress' });
    expect((started.started_at as Date).toISOString()).toBe('2026-11-25T08:01:00.000Z');
    const again = await post(nine.reference, 'start').expect(409);
    expect(again.body).toMatchObject({
      statusCode: 409,
      code: 'CALLBACK_STATE_CONFLICT',
      details: { status: 'in_progress', action: 'start-call' },
    });
    expect(await callbackRow(t, nine)).toEqual(started);
  });

  it('records "solved on the phone" once; a second outcome is refused', async () => {
    await post(nine.reference, 'outcome', { outcome: 'solved_on_phone' }).expect(200);
    const done = await callbackRow(t, nine);
    expect(done).toMatchObject({ status: 'completed', outcome: 'solved_on_phone', guidance_option: null });
    const again = await post(nine.reference, 'outcome', { outcome: 'needs_visit' }).expect(409);
    expect(again.body.code).toBe('CALLBACK_STATE_CONFLICT');
    expect(await callbackRow(t, nine)).toEqual(done);
  });

  it('refuses an outcome before the call has started', async () => {
    const res = await post(ten.reference, 'outcome', { outcome: 'solved_on_phone' }).expect(409);
    expect(res.body).toMatchObject({ code: 'CALLBACK_STATE_CONFLICT', details: { status: 'booked' } });
    expect((await callbackRow(t, ten)).status).toBe('booked');
  });

  it('checks the guidance option against the errand’s self-service options', async () => {
    await post(ten.reference, 'start').expect(200);
    const missing = await post(ten.reference, 'outcome', { outcome: 'sent_to_self_service' }).expect(422);
    expect(missing.body).toMatchObject({
      code: 'GUIDANCE_OPTION_INVALID',
      details: { problem: 'missing', options: expect.arrayContaining(['mitid-app', 'own-bank']) },
    });
    const unknown = await post(ten.reference, 'outcome', {
      outcome: 'sent_to_self_service',
      guidanceOption: 'borger-dk',
    }).expect(422);
    expect(unknown.body.details.problem).toBe('unknown');
    const wrongOutcome = await post(ten.reference, 'outcome', {
      outcome: 'solved_on_phone',
      guidanceOption: 'own-bank',
    }).expect(422);
    expect(wrongOutcome.body.details.problem).toBe('not_expected');
    const invalid = await post(ten.reference, 'outcome', { outcome: 'done_by_adviser' }).expect(400);
    expect(invalid.body.code).toBe('VALIDATION_FAILED');
    expect((await callbackRow(t, ten)).status).toBe('in_progress');

    await post(ten.reference, 'outcome', {
      outcome: 'sent_to_self_service',
      guidanceOption: 'own-bank',
    }).expect(200);
    expect(await callbackRow(t, ten)).toMatchObject({
      status: 'completed',
      outcome: 'sent_to_self_service',
      guidance_option: 'own-bank',
    });
  });

  it('offers a second try after no answer, and ends the callback after the second', async () => {
    t.clock.set('2026-11-25T11:02:00+01:00');
    await post(eleven.reference, 'start').expect(200);
    const first = await post(eleven.reference, 'no-answer').expect(200);
    expect(first.body).toMatchObject({
      status: 'booked',
      callAttempts: 1,
      lastCallAt: '2026-11-25T11:02:00+01:00',
    });
    expect(await callbackRow(t, eleven)).toMatchObject({
      status: 'booked',
      call_attempts: 1,
      started_at: null,
    });

    t.clock.set('2026-11-25T11:30:00+01:00');
    // The second try: straight from the list, without starting (nobody picked up at all).
    const second = await post(eleven.reference, 'outcome', { outcome: 'no_answer' }).expect(200);
    expect(second.body).toMatchObject({ status: 'completed', callAttempts: 2, outcome: 'no_answer' });
    const third = await post(eleven.reference, 'no-answer').expect(409);
    expect(third.body).toMatchObject({ code: 'CALLBACK_STATE_CONFLICT', details: { status: 'completed' } });
    expect(await callbackRow(t, eleven)).toMatchObject({
      status: 'completed',
      call_attempts: 2,
      outcome: 'no_answer',
    });
  });

  it('"needs a visit" completes the call and makes a phone triage for the visit', async () => {
    await post(noon.reference, 'start').expect(200);
    await post(noon.reference, 'outcome', { outcome: 'needs_visit' }).expect(200);
    const done = await callbackRow(t, noon);
    expect(done).toMatchObject({ status: 'completed', outcome: 'needs_visit' });
    // The call points at the triage it made; it is the only phone triage.
    const triages = await t.dataSource.query<Record<string, unknown>[]>(
      `SELECT t.outcome, t.source, t.location_id, t.answers FROM triage_sessions t
       JOIN bookings b ON b.phone_triage_id = t.id WHERE b.id = $1`,
      [noon.id],
    );
    const [{ phone }] = await t.dataSource.query<{ phone: number }[]>(
      `SELECT count(*)::int AS phone FROM triage_sessions WHERE source = 'phone'`,
    );
    expect(phone).toBe(1);
    expect(triages).toEqual([
      expect.objectContaining({
        outcome: 'visit',
        source: 'phone',
        // No place of its own: the statistics count it at the place of the visit booked with it.
        location_id: null,
        answers: { mitid_stopped_working: true, has_chip_id: true, has_cpr: true },
      }),
    ]);
  });

  it('knows callbacks only: a visit’s reference is not found, and a visit’s steps do not apply to a call', async () => {
    const missing = await post('ABCD-EFGH', 'start').expect(404);
    expect(missing.body.code).toBe('CALLBACK_NOT_FOUND');
    const res = await request(t.http).post(`/visits/${one.reference}/start`).set('Authorization', auth);
    // The visits module refuses first; the status machine refuses too, for any caller.
    expect([409, 422]).toContain(res.status);
    const status = t.app.get(BookingStatusService);
    const state = { id: one.id, reference: one.reference, status: 'booked' as const, startsAt: new Date() };
    const callback = { ...state, location: { timeZone: 'Europe/Copenhagen' }, stationId: null };
    await expect(
      status.change(callback, { action: 'check_in', queueDay: '2026-11-25' }),
    ).rejects.toMatchObject({
      code: 'VISIT_STATE_CONFLICT',
    });
    // Told it is a visit (a stale read), the UPDATE itself still leaves the callback alone.
    await expect(
      status.change({ ...callback, stationId: undefined }, { action: 'check_in', queueDay: '2026-11-25' }),
    ).rejects.toMatchObject({ code: 'VISIT_STATE_CONFLICT' });
    expect(await callbackRow(t, one)).toMatchObject({ status: 'booked', call_attempts: 0 });
  });

  it('never marks a callback as a no-show', async () => {
    t.clock.set('2026-11-25T15:30:00+01:00');
    await t.app.get(VisitsService).markNoShows();
    expect((await callbackRow(t, one)).status).toBe('booked');
  });
});
