import { jest } from '@jest/globals';
import request from 'supertest';
import { BookingStatusService } from '../src/bookings/booking-status.service.js';
import { givenAccount } from './support/factories.js';
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

/*
 * The review's fixes on the hotline: a callback's steps keep to their times (started on its day,
 * "no answer" from the booked time, the second try 10 minutes after the first — in the UPDATE
 * itself); the citizen hears when we could not reach them; staff cancel and move a call for the
 * citizen; a finished callback answers its own errors.
 */
describe('the hotline: times, "we could not reach you", cancel and move', () => {
  let t: TestApp;
  let w: HotlineWorld;
  let auth: string;
  let n = 0;

  beforeAll(async () => {
    t = await createTestApp({ now: HOTLINE_NOW });
    w = await givenHotlineWorld(t);
    const account = await givenAccount(t, ['hotline'], { adviserId: w.louise, locations: [w.hotline] });
    auth = await account.signIn();
  });
  afterEach(() => t.clock.set(HOTLINE_NOW));
  afterAll(() => t.close());

  /** A callback at `time` on November `day` (default the Wednesday of HOTLINE_NOW); each test its own slot. */
  const callback = (
    time: string,
    more: { day?: string; email?: string; sms?: boolean; token?: string } = {},
  ) =>
    givenCallback(t, {
      location: w.hotline,
      adviser: w.louise,
      start: `2026-11-${more.day ?? '25'}T${time}:00+01:00`,
      name: `Borger ${++n}`,
      email: more.email,
      sms: more.sms,
      token: more.token,
    });
  const post = (reference: string, step: string, body: object = {}) =>
    request(t.http).post(`/hotline/callbacks/${reference}/${step}`).set('Authorization', auth).send(body);
  const messages = (c: GivenCallback) =>
    t.dataSource.query<{ kind: string; channel: string }[]>(
      'SELECT kind, channel FROM notifications WHERE booking_id = $1 ORDER BY kind, channel',
      [c.id],
    );

  describe('times', () => {
    it('starts a call on its own day only, and says from when', async () => {
      const tomorrow = await callback('09:00', { day: '26' });
      const early = await post(tomorrow.reference, 'start').expect(409);
      expect(early.body).toMatchObject({
        code: 'CALLBACK_TOO_EARLY',
        details: { action: 'start-call', possibleFrom: '2026-11-25T23:00:00.000Z' },
      });
      expect(early.body.message).toContain('torsdag 26. november kl. 00.00');
      expect((await callbackRow(t, tomorrow)).status).toBe('booked');

      t.clock.set('2026-11-26T07:45:00+01:00');
      await post(tomorrow.reference, 'start').expect(200);

      const yesterday = await callback('10:00', { day: '24' });
      const late = await post(yesterday.reference, 'start').expect(409);
      expect(late.body.code).toBe('CALLBACK_DAY_PASSED');
    });

    it('refuses "no answer" before the booked time, with the time it becomes possible', async () => {
      const eleven = await callback('11:00');
      await post(eleven.reference, 'start').expect(200);
      const res = await post(eleven.reference, 'no-answer').expect(409);
      expect(res.body).toMatchObject({
        code: 'CALLBACK_TOO_EARLY',
        details: { action: 'no-answer', possibleFrom: '2026-11-25T10:00:00.000Z' },
      });
      expect(res.body.message).toBe(
        'Opkaldet kan først markeres som ubesvaret onsdag 25. november kl. 11.00.',
      );
      expect(await callbackRow(t, eleven)).toMatchObject({ status: 'in_progress', call_attempts: 0 });

      const en = await post(eleven.reference, 'no-answer').set('Accept-Language', 'en').expect(409);
      expect(en.body.message).toBe(
        'The callback cannot be marked as not answered before 11:00 on Wednesday 25 November.',
      );
    });

    it('tries the second time 10 minutes after the first at the earliest, and a double click counts once', async () => {
      const call = await callback('12:00');
      t.clock.set('2026-11-25T12:01:00+01:00');
      await post(call.reference, 'no-answer').expect(200);
      // The same press again a moment later (a double click, a colleague): not the final try.
      t.clock.set('2026-11-25T12:01:05+01:00');
      const again = await post(call.reference, 'no-answer').expect(409);
      expect(again.body).toMatchObject({
        code: 'CALLBACK_TOO_EARLY',
        details: { action: 'no-answer-final', possibleFrom: '2026-11-25T11:11:00.000Z' },
      });
      expect(await callbackRow(t, call)).toMatchObject({ status: 'booked', call_attempts: 1 });
      expect(await messages(call)).toEqual([]);

      t.clock.set('2026-11-25T12:11:00+01:00');
      await post(call.reference, 'no-answer').expect(200);
      expect(await callbackRow(t, call)).toMatchObject({ status: 'completed', outcome: 'no_answer' });
    });

    it('checks the wait in the UPDATE itself, whatever the caller last read', async () => {
      const call = await callback('13:00');
      t.clock.set('2026-11-25T13:02:00+01:00');
      await post(call.reference, 'no-answer').expect(200);
      t.clock.set('2026-11-25T13:05:00+01:00');
      // A caller that read the callback without its last try (or before it) must not close it.
      const status = t.app.get(BookingStatusService);
      const [row] = await t.dataSource.query<{ reference: string; starts_at: Date }[]>(
        'SELECT reference, starts_at FROM bookings WHERE id = $1',
        [call.id],
      );
      const stale = {
        id: call.id,
        reference: row.reference,
        status: 'booked' as const,
        startsAt: row.starts_at,
        location: { timeZone: 'Europe/Copenhagen' },
        callAttempts: 1,
        lastCallAt: new Date('2026-11-25T10:00:00Z'),
      };
      await expect(status.noAnswer(stale)).rejects.toMatchObject({ code: 'CALLBACK_TOO_EARLY' });
      expect(await callbackRow(t, call)).toMatchObject({ status: 'booked', call_attempts: 1 });
    });
  });

  describe('"we could not reach you"', () => {
    it('is written with the final "no answer", by e-mail and by SMS when asked for', async () => {
      const call = await callback('14:00', { email: 'karen@example.dk', sms: true });
      t.clock.set('2026-11-25T14:00:00+01:00');
      await post(call.reference, 'no-answer').expect(200);
      expect(await messages(call)).toEqual([]);
      t.clock.set('2026-11-25T14:15:00+01:00');
      await post(call.reference, 'no-answer').expect(200);
      expect(await messages(call)).toEqual([
        { kind: 'no_answer', channel: 'email' },
        { kind: 'no_answer', channel: 'sms' },
      ]);
    });

    it('goes by e-mail only when the citizen did not ask for SMS', async () => {
      const call = await callback('14:30', { email: 'ole@example.dk' });
      t.clock.set('2026-11-25T14:30:00+01:00');
      await post(call.reference, 'no-answer').expect(200);
      t.clock.set('2026-11-25T14:45:00+01:00');
      await post(call.reference, 'outcome', { outcome: 'no_answer' }).expect(200);
      expect(await messages(call)).toEqual([{ kind: 'no_answer', channel: 'email' }]);
    });
  });

  describe('cancel and move for the citizen', () => {
    it('cancels as the citizen’s cancellation, with the reason as a note, and tells the citizen', async () => {
      const call = await callback('15:00', { email: 'bent@example.dk' });
      const missing = await post(call.reference, 'cancel', { reason: '  ' }).expect(400);
      expect(missing.body.code).toBe('VALIDATION_FAILED');
      const res = await post(call.reference, 'cancel', { reason: 'Borgeren ringede og aflyste' }).expect(200);
      expect(res.body).toMatchObject({ status: 'cancelled' });
      const [row] = await t.dataSource.query<Record<string, unknown>[]>(
        'SELECT status, cancelled_by, cancel_reason FROM bookings WHERE id = $1',
        [call.id],
      );
      expect(row).toEqual({
        status: 'cancelled',
        cancelled_by: 'citizen',
        cancel_reason: 'Borgeren ringede og aflyste',
      });
      expect(await messages(call)).toEqual([{ kind: 'cancelled', channel: 'email' }]);
      const audit = await t.dataSource.query<{ action: string }[]>(
        `SELECT action FROM audit_events WHERE action = 'callback.cancel'`,
      );
      expect(audit).toHaveLength(1);
      const again = await post(call.reference, 'cancel', { reason: 'Igen' }).expect(409);
      expect(again.body.code).toBe('BOOKING_CANCELLED');
    });

    it('moves to another free call time and sends "changed"', async () => {
      const call = await callback('15:30', { email: 'lise@example.dk' });
      const res = await post(call.reference, 'move', {
        start: '2026-11-26T10:00:00+01:00',
        reason: 'Borgeren bad om i morgen',
      }).expect(200);
      expect(res.body).toMatchObject({ status: 'booked', start: '2026-11-26T10:00:00+01:00' });
      // "Changed", and the reminder for the new time.
      expect(await messages(call)).toEqual([
        { kind: 'changed', channel: 'email' },
        { kind: 'reminder', channel: 'email' },
      ]);
      const off = await post(call.reference, 'move', {
        start: '2026-11-26T10:07:00+01:00',
        reason: 'Skæv tid',
      }).expect(422);
      expect(off.body.code).toBe('SLOT_NOT_OFFERED');
      const noReason = await post(call.reference, 'move', { start: '2026-11-26T11:00:00+01:00' }).expect(400);
      expect(noReason.body.code).toBe('VALIDATION_FAILED');
    });

    it('refuses a call that has begun or ended', async () => {
      const call = await callback('09:30');
      await post(call.reference, 'start').expect(200);
      const cancel = await post(call.reference, 'cancel', { reason: 'For sent' }).expect(409);
      expect(cancel.body).toMatchObject({
        code: 'CALLBACK_STATE_CONFLICT',
        details: { status: 'in_progress' },
      });
      const move = await post(call.reference, 'move', {
        start: '2026-11-26T10:30:00+01:00',
        reason: 'For sent',
      }).expect(409);
      expect(move.body.code).toBe('BOOKING_IN_PAST');
    });

    it('is for hotline staff and admins only', async () => {
      const call = await callback('15:45');
      const reception = await givenAccount(t, ['reception'], { locations: [w.hotline] });
      const res = await request(t.http)
        .post(`/hotline/callbacks/${call.reference}/cancel`)
        .set('Authorization', await reception.signIn())
        .send({ reason: 'Nej' })
        .expect(403);
      expect(res.body.code).toBe('ROLE_REQUIRED');
      expect((await callbackRow(t, call)).status).toBe('booked');
    });
  });

  describe('a finished callback answers its own errors', () => {
    it('a completed call: "begun or over" for a move, the callback’s words for a cancel', async () => {
      const token = 'a-manage-token-for-the-test-0123456789';
      const call = await callback('16:00', { day: '26', token });
      t.clock.set('2026-11-26T08:00:00+01:00');
      await post(call.reference, 'start').expect(200);
      await post(call.reference, 'outcome', { outcome: 'solved_on_phone' }).expect(200);
      const move = await request(t.http)
        .post(`/bookings/${call.reference}/reschedule?token=${token}`)
        .send({ start: '2026-11-27T10:00:00+01:00' })
        .expect(409);
      expect(move.body.code).toBe('BOOKING_IN_PAST');
      const cancel = await request(t.http)
        .post(`/bookings/${call.reference}/cancel?token=${token}`)
        .send({})
        .expect(409);
      expect(cancel.body).toMatchObject({
        code: 'CALLBACK_STATE_CONFLICT',
        details: { status: 'completed' },
      });
      expect(cancel.body.message).toBe('Opkaldet er afsluttet og kan ikke aflyses.');
    });
  });
});
