import { problemInDanish } from '../src/common/i18n/problems-da.js';
import { randomUUID } from 'node:crypto';
import request, { type Response } from 'supertest';
import { RetentionSweep } from '../src/bookings/retention.sweep.js';
import { book, type Booked } from './support/bookings.js';
import { givenOffice, givenStaff, type Office } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const NOBODY = '00000000-0000-4000-8000-000000000000';
const START = '2026-11-26T10:00:00+01:00';

/** 400 naming the field with `problem` (written in English) in the answer's language. */
function expectFieldProblem(res: Response, field: string, problem: string, language = 'da'): void {
  expect(res.status).toBe(400);
  expect(res.body.code).toBe('VALIDATION_FAILED');
  const said = language === 'da' ? problemInDanish(problem) : problem;
  if (language === 'da') expect(said).not.toBe(problem);
  expect(res.body.details.fields).toContainEqual({ field, problems: expect.arrayContaining([said]) });
}

describe('privacy of free text', () => {
  let t: TestApp;
  let office: Office;
  let reception: string;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp();
    office = await givenOffice(t, { stations: 2, advisers: 2 });
    reception = await givenStaff(t, 'reception');
    admin = await givenStaff(t, 'admin');
  });
  afterAll(() => t.close());

  const newBooking = (citizen: object) =>
    request(t.http)
      .post('/bookings')
      .set('Idempotency-Key', randomUUID())
      .send({
        triage: NOBODY,
        start: START,
        location: office.code,
        citizen: { email: 'k@example.dk', ...citizen },
      });
  const walkIn = (name: string) =>
    request(t.http)
      .post('/reception/walk-ins')
      .set('Authorization', reception)
      .send({ location: office.code, errand: 'PAS_VOKSEN', answers: {}, name });

  describe('a CPR number is refused in every free-text field', () => {
    const CPR = 'ring, mit cpr er 010190-1234';
    const cases: [string, () => request.Test, string, string][] = [
      ['a citizen’s name', () => newBooking({ name: 'Karen 0101901234' }), 'citizen.name', 'name'],
      [
        'a cancel reason',
        () =>
          request(t.http)
            .post('/bookings/K7NP-A4TX/cancel')
            .query({ token: 'x'.repeat(43) })
            .send({ reason: CPR }),
        'reason',
        'reason',
      ],
      ['a walk-in’s name', () => walkIn('Karen 010190 1234'), 'name', 'name'],
      ['the search text', () => request(t.http).get('/errands').query({ q: 'pas 010190-1234' }), 'q', 'q'],
      [
        'a closure reason',
        () =>
          request(t.http)
            .post('/admin/closures')
            .set('Authorization', admin)
            .send({ startsOn: '2026-12-14', endsOn: '2026-12-14', reason: CPR }),
        'reason',
        'reason',
      ],
      [
        'an absence reason',
        () =>
          request(t.http)
            .post(`/admin/advisers/${office.adviserIds[0]}/absences`)
            .set('Authorization', admin)
            .send({
              startsAt: '2026-12-03T00:00:00+01:00',
              endsAt: '2026-12-04T00:00:00+01:00',
              reason: CPR,
            }),
        'reason',
        'reason',
      ],
      [
        'an adviser’s name',
        () =>
          request(t.http)
            .post('/admin/advisers')
            .set('Authorization', admin)
            .send({ name: 'Jonas 010190-1234', email: 'jonas@kommune.dk' }),
        'name',
        'name',
      ],
    ];

    it.each(cases)(
      'in %s, saying which field, in Danish and English',
      async (_what, send, field, property) => {
        const da = await send();
        expectFieldProblem(da, field, `${property} must not contain a CPR number`);
        expect(da.body.message).toBe(`Forespørgslen er ugyldig: ${field}.`);
        const en = await send().set('Accept-Language', 'en');
        expect(en.body.message).toBe(`The request is invalid: ${field}.`);
        expectFieldProblem(en, field, `${property} must not contain a CPR number`, 'en');
      },
    );

    it('passes what only looks like one: phone numbers, dates, amounts, references', async () => {
      await request(t.http).get('/errands').query({ q: 'pas 12345678 2026-12-01' }).expect(200);
      const booked = await book(t, {
        date: '2026-11-26',
        location: office.code,
        citizen: { name: 'Karen Jensen', phone: '12345678' },
      });
      const res = await request(t.http)
        .post(`/bookings/${booked.reference}/cancel`)
        .query({ token: booked.manageToken })
        .send({ reason: `Ring 12345678 om ${booked.reference}; flyttet til 2026-12-01, betalt 1.786 kr.` })
        .expect(200);
      expect(res.body.status).toBe('cancelled');
    });
  });

  describe('names', () => {
    it('are stored NFC-normalised: é typed as e + accent is the same name', async () => {
      const booked = await book(t, {
        date: '2026-11-26',
        location: office.code,
        citizen: { name: '  Rene\u0301 Ørsted ', email: 'rene@example.dk' },
      });
      const res = await request(t.http)
        .get(`/bookings/${booked.reference}`)
        .query({ token: booked.manageToken })
        .expect(200);
      expect(res.body.citizen.name).toBe('Ren\u00e9 Ørsted');
      const [row] = await t.dataSource.query<{ citizen_name: string }[]>(
        'SELECT citizen_name FROM bookings WHERE id = $1',
        [booked.id],
      );
      expect(row.citizen_name).toBe('Ren\u00e9 Ørsted');
    });

    it.each([
      [
        'a direction override',
        '\u202eneseJ neraK',
        'name must not contain characters that change the text direction',
      ],
      [
        'an isolate',
        'Karen \u2066Jensen\u2069',
        'name must not contain characters that change the text direction',
      ],
      ['a line break', 'Karen\nJensen', 'name must not contain control characters'],
      ['only zero-width characters', '\u200b\u200c\u2060', 'name must contain visible characters'],
    ])('with %s are refused, for citizens, walk-ins and advisers', async (_what, name, problem) => {
      expectFieldProblem(await newBooking({ name }), 'citizen.name', problem);
      expectFieldProblem(await walkIn(name), 'name', problem);
      const adviser = await request(t.http)
        .post('/admin/advisers')
        .set('Authorization', admin)
        .send({ name, email: 'jonas@kommune.dk' });
      expectFieldProblem(adviser, 'name', problem);
    });
  });

  describe('the retention erase', () => {
    const row = async (booked: Booked) =>
      (
        await t.dataSource.query<Record<string, unknown>[]>(
          `SELECT citizen_name, citizen_email, citizen_phone, cancel_reason, status, errand_id, starts_at
           FROM bookings WHERE id = $1`,
          [booked.id],
        )
      )[0];
    const citizen = { name: 'Karen Jensen', email: 'karen@example.dk', phone: '+4512345678' };

    it('clears every free text of an old booking: name, e-mail, phone and cancel reason', async () => {
      const cancelled = await book(t, { date: '2026-11-27', location: office.code, citizen });
      await request(t.http)
        .post(`/bookings/${cancelled.reference}/cancel`)
        .query({ token: cancelled.manageToken })
        .send({ reason: 'Jeg ligger på hospitalet' })
        .expect(200);
      const visited = await book(t, {
        date: '2026-11-27',
        location: office.code,
        citizen: { ...citizen, email: 'ole@example.dk', phone: '+4587654321' },
      });
      const recent = await book(t, { date: '2026-12-28', location: office.code, citizen });
      expect(await row(cancelled)).toMatchObject({ cancel_reason: 'Jeg ligger på hospitalet' });

      // 30 days (PERSONAL_DATA_RETENTION_DAYS) after 27 November, but not after 28 December.
      t.clock.set('2027-01-05T12:00:00+01:00');
      await t.app.get(RetentionSweep).run();

      const erased = { citizen_name: null, citizen_email: null, citizen_phone: null, cancel_reason: null };
      expect(await row(cancelled)).toMatchObject({
        ...erased,
        status: 'cancelled',
        errand_id: expect.any(String),
      });
      expect(await row(visited)).toMatchObject({ ...erased, status: 'booked', starts_at: expect.any(Date) });
      expect(await row(recent)).toMatchObject({
        citizen_name: 'Karen Jensen',
        citizen_email: 'karen@example.dk',
        citizen_phone: expect.stringContaining('12345678'),
        cancel_reason: null,
      });
    });
  });
});
