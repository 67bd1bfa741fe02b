import { randomInt, randomUUID } from 'node:crypto';
import request from 'supertest';
import { BACKFILL_CONTACTS } from '../migrations/1795610000000-BookingHoardingGuards.js';
import { contactKeys } from '../src/bookings/contact.js';
import { solve } from './support/bookings.js';
import { givenOffice, type Office } from './support/factories.js';
import { freeSlots, VISIT_ANSWERS, visitTriage } from './support/flows.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/*
 * "Safe to open to the public": one script must not take a day's seats. It once booked all 48
 * free passport seats of a day in 2.6 s, and `karen+1@…`, `kar.en@…`, `+4512345678` and
 * `0045 12345678` each passed the per-contact limit as a new person.
 */

/** A Thursday, eight days after the test clock's Wednesday morning. */
const DAY = '2026-12-03';

async function bookingsOn(t: TestApp, office: Office): Promise<number> {
  const [row] = await t.dataSource.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM bookings WHERE location_id = $1 AND status <> 'cancelled'`,
    [office.id],
  );
  return row.n;
}

describe('one contact, however it is written', () => {
  let t: TestApp;
  let office: Office;
  let starts: string[];
  beforeAll(async () => {
    // The suite's settings: no challenges, raised rate limits; the contact limit (2) as in production.
    t = await createTestApp();
    office = await givenOffice(t, { stations: 3, advisers: 3 });
    const [day] = await freeSlots(t.http, {
      triage: await visitTriage(t.http),
      from: DAY,
      to: DAY,
      location: office.code,
    });
    starts = day.slots.map((slot) => slot.start);
  });
  afterAll(() => t.close());

  /** Books the next free start for a fresh triage; expects `status`. */
  async function post(citizen: Record<string, string>, status: number) {
    const triage = await visitTriage(t.http);
    return request(t.http)
      .post('/bookings')
      .set('Idempotency-Key', randomUUID())
      .send({ triage, start: starts.shift(), location: office.code, citizen: { name: 'Karen', ...citizen } })
      .expect(status);
  }

  it.each([
    ['sub-addresses and case', 'email', ['karen@example.dk', 'Karen+1@example.dk', 'KAREN+pas@Example.DK']],
    [
      'dots at Gmail and googlemail.com',
      'email',
      ['karen@gmail.com', 'kar.en@gmail.com', 'K.a.r.e.n+2@googlemail.com'],
    ],
    ['phone formats', 'phone', ['+4512345678', '0045 12345678', '12-34-56-78']],
  ])('counts %s as one contact: the third booking is 409 TOO_MANY_BOOKINGS', async (_, field, variants) => {
    const first = await post({ [field]: variants[0] }, 201);
    const second = await post({ [field]: variants[1] }, 201);
    // What the citizen typed is what the booking shows.
    expect(first.body.citizen[field]).toBe(variants[0]);
    expect(second.body.citizen[field]).toBe(variants[1]);
    const third = await post({ [field]: variants[2] }, 409);
    expect(third.body).toMatchObject({ code: 'TOO_MANY_BOOKINGS', details: { limit: 2 } });
  });

  it('counts every booking that shares the e-mail or the number, in any spelling', async () => {
    await post({ email: 'ole@example.dk', phone: '+45 20 30 40 50' }, 201);
    await post({ email: 'ole.hansen@example.dk', phone: '0045-20304050' }, 201);
    // The number has two bookings now, the first address one.
    const byNumber = await post({ phone: '20 30 40 50' }, 409);
    expect(byNumber.body.code).toBe('TOO_MANY_BOOKINGS');
    const third = await post({ email: 'Ole+tre@example.dk' }, 201);
    expect(third.body.citizen).toMatchObject({ email: 'Ole+tre@example.dk', phone: null });
    const byAddress = await post({ email: 'OLE@example.dk', phone: '+45 99 88 77 66' }, 409);
    expect(byAddress.body.code).toBe('TOO_MANY_BOOKINGS');
  });

  it('counts only bookings not yet served: one that is under way or over frees its place', async () => {
    const first = await post({ phone: '40 41 42 43' }, 201);
    await post({ phone: '40 41 42 43' }, 201);
    expect((await post({ phone: '40 41 42 43' }, 409)).body.code).toBe('TOO_MANY_BOOKINGS');
    // The first is being served (a call on the phone, a visit at the station): it no longer counts,
    // though its time has not ended — the visit a call decides can be booked at once.
    for (const status of ['in_progress', 'completed']) {
      await t.dataSource.query(`UPDATE bookings SET status = $2 WHERE reference = $1`, [
        first.body.reference.replace('-', ''),
        status,
      ]);
      const next = await post({ phone: '40 41 42 43' }, 201);
      await t.dataSource.query(
        `UPDATE bookings SET status = 'cancelled', cancelled_at = now() WHERE reference = $1`,
        [next.body.reference.replace('-', '')],
      );
    }
  });

  it('stores the normalised contact beside the typed one, for counting only', async () => {
    const res = await post({ email: ' Lise.Berg+Pas@GoogleMail.com ', phone: '(+45) 31 32 33 34' }, 201);
    const [row] = await t.dataSource.query<Record<string, string>[]>(
      `SELECT citizen_email, citizen_phone, citizen_email_normalized, citizen_phone_normalized
       FROM bookings WHERE reference = $1`,
      [res.body.reference.replace('-', '')],
    );
    expect(row).toEqual({
      citizen_email: 'Lise.Berg+Pas@GoogleMail.com',
      citizen_phone: '(+45) 31 32 33 34',
      citizen_email_normalized: 'liseberg@gmail.com',
      citizen_phone_normalized: '31323334',
    });
  });

  it('takes an empty field, as forms send it, for a contact not given', async () => {
    const res = await post({ email: '', phone: ' 21 22 23 24 ' }, 201);
    expect(res.body.citizen).toMatchObject({ email: null, phone: '21 22 23 24' });
  });

  it('normalises the bookings made before, in the migration, as contact.ts does', async () => {
    const rows = async () =>
      t.dataSource.query<Record<string, string | null>[]>(
        `SELECT citizen_email, citizen_phone, citizen_email_normalized AS email, citizen_phone_normalized AS phone
         FROM bookings ORDER BY id`,
      );
    // Contacts as the API accepted them before: other countries' numbers, odd spellings.
    const foreign = await post({ email: 'Mads.Holm+pas@Example.dk', phone: '+45 41 42 43 44' }, 201);
    const odd = await post({ email: 'mads.holm@gmail.com' }, 201);
    const setTyped = (column: string, value: string, reference: string) =>
      t.dataSource.query(`UPDATE bookings SET ${column} = $1 WHERE reference = $2`, [
        value,
        reference.replace('-', ''),
      ]);
    await setTyped('citizen_phone', '+46701234567', foreign.body.reference);
    await setTyped('citizen_email', 'M.A.D.S+x@googlemail.com.', odd.body.reference);
    await t.dataSource.query(
      'UPDATE bookings SET citizen_email_normalized = NULL, citizen_phone_normalized = NULL',
    );
    await t.dataSource.query(BACKFILL_CONTACTS);
    const backfilled = await rows();
    expect(backfilled).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          citizen_phone: '+46701234567',
          phone: null,
          email: 'mads.holm@example.dk',
        }),
        expect.objectContaining({ email: 'mads@gmail.com', phone: null }),
      ]),
    );
    for (const row of backfilled) {
      expect({ email: row.email, phone: row.phone }).toEqual(
        contactKeys({ email: row.citizen_email, phone: row.citizen_phone }),
      );
    }
  });

  it.each([
    ['no contact', {}, 'citizen'],
    ['blank contacts', { email: ' ', phone: '' }, 'citizen'],
    ['a foreign number', { phone: '+46 70 123 45 67' }, 'citizen.phone'],
    ['a number of 7 digits', { phone: '1234567' }, 'citizen.phone'],
  ])('refuses an online booking with %s with 400 VALIDATION_FAILED', async (_, citizen, field) => {
    const before = await bookingsOn(t, office);
    const res = await post(citizen, 400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details.fields.map((f: { field: string }) => f.field)).toContain(field);
    expect(await bookingsOn(t, office)).toBe(before);
  });
});

describe('a script on one address', () => {
  const SEATS = 20;
  const ATTEMPTS = 30;
  let t: TestApp;
  let office: Office;
  beforeAll(async () => {
    // Production settings: challenges on (at their default work), rate limits at their defaults.
    t = await createTestApp({
      env: {
        ALTCHA_ENABLED: 'true',
        ALTCHA_HMAC_KEY: 'hoarding-test-key-'.repeat(3),
        RATE_LIMIT_FACTOR: '1',
      },
    });
    // 09:00-11:30, two stations, two advisers: 10 passport starts x 2 = 20 seats on the day.
    office = await givenOffice(t, { stations: 2, advisers: 2, hours: ['09:00', '11:30'] });
  });
  afterAll(() => t.close());

  /** Whatever a script might send to look like many people behind a proxy. */
  const spoofed = () => {
    const address = `${randomInt(1, 224)}.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
    return { 'X-Forwarded-For': address, 'X-Real-IP': address, Forwarded: `for=${address}` };
  };

  /** Karen in every spelling, and invented people. */
  const contact = (i: number): Record<string, string> =>
    [
      { email: `karen+${i}@example.dk` },
      { email: `${'karen'.split('').join(i % 2 ? '.' : '')}@gmail.com` },
      { phone: i % 2 ? '+4512345678' : '0045 12 34 56 78' },
      { email: `borger${i}.${randomUUID().slice(0, 6)}@example.dk` },
    ][i % 4];

  /** One go of the script: challenge, solve, triage, look, book; the first refusal ends it. */
  async function attempt(i: number): Promise<string> {
    const headers = spoofed();
    const challenge = await request(t.http).get('/bookings/challenge').set(spoofed());
    if (challenge.status !== 200) return `challenge ${challenge.status}`;
    const altcha = await solve(challenge.body);
    const triage = await request(t.http)
      .post('/triage')
      .set(spoofed())
      .send({ errand: 'PAS_VOKSEN', answers: VISIT_ANSWERS.PAS_VOKSEN });
    if (triage.status !== 201) return `triage ${triage.status}`;
    const availability = await request(t.http)
      .get('/availability')
      .set(spoofed())
      .query({ triage: triage.body.id, from: DAY, to: DAY, location: office.code });
    if (availability.status !== 200) return `availability ${availability.status}`;
    const slots = availability.body.days[0].slots as { start: string }[];
    if (slots.length === 0) return 'no seats left';
    const res = await request(t.http)
      .post('/bookings')
      .set(headers)
      .set('Idempotency-Key', randomUUID())
      .set('Altcha', altcha)
      .send({
        triage: triage.body.id,
        start: slots[i % slots.length].start,
        location: office.code,
        citizen: { name: `Borger ${i}`, ...contact(i) },
      });
    return `booking ${res.status}${res.body.code ? ` ${res.body.code}` : ''}`;
  }

  it(`takes at most 5 of the day's ${SEATS} seats, whatever it sends`, async () => {
    const probe = await visitTriage(t.http);
    const [day] = await freeSlots(t.http, { triage: probe, from: DAY, to: DAY, location: office.code });
    expect(day.slots.reduce((seats, slot) => seats + slot.capacity, 0)).toBe(SEATS);

    // Four at a time, as fast as it can.
    const outcomes: string[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < ATTEMPTS) outcomes.push(await attempt(next++));
      }),
    );

    const booked = outcomes.filter((outcome) => outcome === 'booking 201').length;
    expect(booked).toBeGreaterThan(0);
    expect(booked).toBeLessThanOrEqual(5);
    expect(await bookingsOn(t, office)).toBe(booked);
    // What stopped it: the booking attempts per address, whatever X-Forwarded-For said.
    expect(outcomes).toContain('booking 429 TOO_MANY_REQUESTS');
    expect(outcomes.filter((outcome) => outcome.startsWith('booking')).length).toBeGreaterThan(5);
    // Solving ~20 challenges at the production work takes a few seconds.
  }, 60_000);
});
