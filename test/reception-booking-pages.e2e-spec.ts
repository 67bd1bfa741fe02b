import { jest } from '@jest/globals';
import { type Agent, errorSummary, formOf, submit } from './support/booking-pages.js';
import type { Booked } from './support/bookings.js';
import {
  auditRows,
  bookAt,
  DESK_NOW,
  type Desks,
  givenDesks,
  mainText,
  stored,
  TODAY,
  TOMORROW,
} from './support/reception.js';
import { open, staffBrowser } from './support/staff-pages.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/*
 * Reception's pages about one booking: find it, read it with the citizen's answers, cancel or move
 * it for a citizen on the phone, and undo a no-show. Two offices of this file's own: RBA where the
 * receptionist works, RBB where she does not.
 */

jest.setTimeout(60_000);

describe('reception booking pages', () => {
  let t: TestApp;
  let desks: Desks;
  let desk: Agent;
  let deskId: string;
  let karen: Booked;
  let anna: Booked;
  let elsewhere: Booked;

  beforeAll(async () => {
    t = await createTestApp({ now: DESK_NOW, env: { STAFF_SESSION_IDLE_MINUTES: '480' } });
    desks = await givenDesks(t, ['RBA', 'RBB']);
    karen = await bookAt(t, 'RBA', TOMORROW, '10:00', { name: 'Karen Jensen', phone: '12 34 56 78' });
    anna = await bookAt(t, 'RBA', TOMORROW, '11:00', { name: 'Anna Holm' });
    elsewhere = await bookAt(t, 'RBB', TOMORROW, '10:00', { name: 'Karen Nielsen' });
    const browser = await staffBrowser(t, 'reception', { locations: [desks.main] });
    desk = browser.agent;
    deskId = browser.account.id;
  });
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(DESK_NOW));

  const bookingPath = (booking: Booked) => `/staff/reception/RBA/booking/${booking.reference}`;

  describe('find a booking', () => {
    it.each([
      ['a name', 'karen'],
      ['a phone number as people write it', '+45 1234 5678'],
      ['a reference without the dash', () => karen.reference.replace('-', '').toLowerCase()],
    ])('finds by %s, at this place only', async (_how, query) => {
      const q = typeof query === 'function' ? query() : query;
      const page = await open(desk, `/staff/reception/RBA/soeg?q=${encodeURIComponent(q)}`).expect(200);
      const text = mainText(page.text);
      expect(text).toContain('1 booking for');
      expect(text).toContain(`Karen Jensen – torsdag 26. november kl. 10.00`);
      expect(text).not.toContain('Karen Nielsen');
      expect(page.text).toContain(`href="${bookingPath(karen)}"`);
      expect((await auditRows(t, deskId, 'bookings.search'))[0].bookings).toEqual([karen.reference]);
    });

    it('says so when nothing fits, and asks for two characters at least (400)', async () => {
      const none = await open(desk, '/staff/reception/RBA/soeg?q=Zacharias').expect(200);
      expect(mainText(none.text)).toContain('Ingen bookinger her for “Zacharias”');
      const short = await open(desk, '/staff/reception/RBA/soeg?q=k').expect(400);
      expect(errorSummary(short.text)).toEqual([
        'q: Skriv mindst 2 tegn: et bookingnummer, et navn eller et telefonnummer',
      ]);
    });
  });

  describe('the booking', () => {
    it('shows status, time, contact and the citizen’s triage answers', async () => {
      const page = await open(desk, bookingPath(karen)).expect(200);
      const text = mainText(page.text);
      expect(text).toContain(`Karen Jensen ${karen.reference}`);
      expect(text).toContain('Status Booket');
      expect(text).toContain('Tid torsdag 26. november kl. 10.00');
      expect(text).toContain('Telefon 12 34 56 78');
      expect(text).toContain('Borgerens svar');
      expect(text).toContain('Har du MitID? Ja');
      expect((await auditRows(t, deskId, 'booking.read'))[0].bookings).toEqual([karen.reference]);
    });

    it('refuses a booking of another place (403), and one not found (404)', async () => {
      await open(desk, `/staff/reception/RBA/booking/${elsewhere.reference}`).expect(403);
      await open(desk, '/staff/reception/RBA/booking/KKKK-KKKK').expect(404);
    });
  });

  describe('cancel for a citizen on the phone', () => {
    it('asks for the reason (400 with the error summary) and keeps the booking', async () => {
      const page = await open(desk, bookingPath(anna)).expect(200);
      const answer = await submit(desk, page.text, { reason: ' ' }, 'cancel-form').expect(400);
      expect(errorSummary(answer.text)).toEqual(['reason: Skriv, hvorfor']);
      expect((await stored(t, anna)).status).toBe('booked');
    });

    it('cancels with the reason, audited, and says so', async () => {
      const page = await open(desk, bookingPath(anna)).expect(200);
      const answer = await submit(desk, page.text, { reason: 'Ringede: er syg' }, 'cancel-form').expect(303);
      expect(answer.headers.location).toBe(`${bookingPath(anna)}?besked=aflyst`);
      expect(await stored(t, anna)).toMatchObject({ status: 'cancelled', cancel_reason: 'Ringede: er syg' });
      expect((await auditRows(t, deskId, 'booking.cancel'))[0]).toEqual({
        bookings: [anna.reference],
        objects: ['RBA'],
      });
      const after = await open(desk, answer.headers.location as string).expect(200);
      expect(mainText(after.text)).toContain('Tiden er aflyst.');
      expect(mainText(after.text)).toContain('Grund til aflysning Ringede: er syg');
      expect(after.text).not.toContain('id="cancel-form"');
    });

    it('shows a booking cancelled meanwhile at the field (409)', async () => {
      const other = await bookAt(t, 'RBA', TOMORROW, '13:00', { name: 'Per Berg' });
      const page = await open(desk, bookingPath(other)).expect(200);
      await submit(desk, page.text, { reason: 'Første' }, 'cancel-form').expect(303);
      const again = await submit(desk, page.text, { reason: 'Anden' }, 'cancel-form').expect(409);
      expect(errorSummary(again.text)).toEqual(['reason: Bookingen er aflyst.']);
    });
  });

  describe('move for a citizen on the phone', () => {
    it('offers the free times with the citizen pages’ picker, and asks for a time and a reason', async () => {
      const page = await open(desk, `${bookingPath(karen)}/flyt?dag=${TOMORROW}`).expect(200);
      expect(page.text).toContain('name="tid"');
      const answer = await submit(desk, page.text, {}, 'move-form').expect(400);
      expect(errorSummary(answer.text)).toEqual(['tid: Vælg en ny tid', 'reason: Skriv, hvorfor']);
    });

    it('moves to the chosen time with the reason, audited', async () => {
      const page = await open(desk, `${bookingPath(karen)}/flyt?dag=${TOMORROW}`).expect(200);
      const start = /name="tid" value="([^"]*T14:00:00[^"]*)"/.exec(page.text)?.[1];
      expect(start).toBe('2026-11-26T14:00:00+01:00');
      const answer = await submit(
        desk,
        page.text,
        { tid: start!, reason: 'Bad om senere tid' },
        'move-form',
      ).expect(303);
      expect(answer.headers.location).toBe(`${bookingPath(karen)}?besked=flyttet`);
      expect(await stored(t, karen)).toMatchObject({
        status: 'booked',
        move_reason: 'Bad om senere tid',
        starts_at: new Date(start!),
      });
      expect((await auditRows(t, deskId, 'booking.reschedule'))[0].bookings).toEqual([karen.reference]);
    });

    it('keeps the booking where it was when the time is not offered (422, at the picker)', async () => {
      const page = await open(desk, `${bookingPath(karen)}/flyt?dag=${TOMORROW}`).expect(200);
      const answer = await submit(
        desk,
        page.text,
        { tid: '2026-11-26T03:00:00+01:00', reason: 'Nat' },
        'move-form',
      ).expect(422);
      expect(errorSummary(answer.text)).toEqual([
        'tid: Tiden er lige blevet taget eller kan ikke bookes. Vælg en anden tid.',
      ]);
      expect((await stored(t, karen)).starts_at).toEqual(new Date('2026-11-26T14:00:00+01:00'));
    });
  });

  describe('undo a no-show', () => {
    it('puts a no-show back in the queue the same day, and refuses it the day after (409 NO_SHOW_FINAL)', async () => {
      const late = await bookAt(t, 'RBA', TODAY, '10:00', { name: 'Lis Lund' });
      const later = await bookAt(t, 'RBA', TODAY, '10:30', { name: 'Bent Bo' });
      t.clock.set('2026-11-25T11:00:00+01:00');
      await t.dataSource.query(`UPDATE bookings SET status = 'no_show' WHERE id = ANY($1::uuid[])`, [
        [late.id, later.id],
      ]);
      const page = await open(desk, bookingPath(late)).expect(200);
      expect(mainText(page.text)).toContain('Status Udeblevet');
      const undone = await submit(desk, page.text, {}, 'undo-no-show-form').expect(303);
      expect(undone.headers.location).toBe(`${bookingPath(late)}?besked=i-koeen`);
      expect((await stored(t, late)).status).toBe('checked_in');

      // A page left open over midnight (signed in late, so the session outlasts it).
      t.clock.set('2026-11-25T23:50:00+01:00');
      const { agent: night } = await staffBrowser(t, 'reception', { locations: [desks.main] });
      const stale = await open(night, bookingPath(later)).expect(200);
      t.clock.set('2026-11-26T00:10:00+01:00');
      const refused = await submit(night, stale.text, {}, 'undo-no-show-form').expect(409);
      expect(errorSummary(refused.text)).toEqual([
        'undo-no-show: En udeblivelse kan kun fortrydes samme dag som besøget.',
      ]);
      expect((await stored(t, later)).status).toBe('no_show');
      expect(formOf(stale.text, 'undo-no-show-form').action).toBe(`${bookingPath(later)}/i-koeen`);
    });
  });
});
