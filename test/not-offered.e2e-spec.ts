import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { expectError } from './support/admin.js';
import { givenLocation, givenAdviser } from './support/factories.js';
import { visitTriage } from './support/flows.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** Wednesday 25 November 2026, 09:00. The office is open on weekdays 09:00-16:00. */
const NOW = '2026-11-25T09:00:00+01:00';

/*
 * A start that availability would not offer is refused with 422 SLOT_NOT_OFFERED naming the one
 * rule it breaks (details.rule), in the language asked for.
 */
describe('SLOT_NOT_OFFERED says which rule the start breaks', () => {
  let t: TestApp;
  let code: string;

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    const office = await givenLocation(t, {
      closures: [{ startsOn: '2026-12-02', endsOn: '2026-12-02', reason: 'Personaledag' }],
    });
    code = office.code;
    await givenAdviser(t, { works: [{ at: office, hours: [{ from: '09:00', to: '12:00' }] }] });
  });
  afterAll(() => t.close());

  const attempt = async (start: string, language = 'en') =>
    request(t.http)
      .post('/bookings')
      .set('Idempotency-Key', randomUUID())
      .set('Accept-Language', language)
      .send({
        triage: await visitTriage(t.http, 'PAS_VOKSEN'),
        start,
        location: code,
        citizen: { name: 'Karen Jensen', email: 'karen@example.dk' },
      });

  it.each([
    ['2026-11-25T10:00:00+01:00', 'too_soon', /at least 120 minutes ahead/],
    ['2027-02-03T10:00:00+01:00', 'too_far_ahead', /at most 60 days ahead/],
    ['2026-11-26T10:07:00+01:00', 'off_grid', /every 15 minutes/],
    ['2026-11-26T16:00:00+01:00', 'outside_opening_hours', /outside opening hours/],
    ['2026-11-28T10:00:00+01:00', 'outside_opening_hours', /outside opening hours/], // a Saturday
    ['2026-12-25T10:00:00+01:00', 'closed', /Juledag/],
    ['2026-12-02T10:00:00+01:00', 'closed', /Personaledag/],
    ['2026-11-26T13:00:00+01:00', 'no_adviser', /no adviser/],
    // Beyond what PostgreSQL's dates hold: refused before any query (they used to answer 500).
    ['9999-12-31T23:59:59+01:00', 'too_far_ahead', /at most 60 days ahead/],
    ['0000-01-01T00:00:00Z', 'too_soon', /at least 120 minutes ahead/],
  ])('%s → %s', async (start, rule, message) => {
    const res = await attempt(start);
    expectError(res, 422, 'SLOT_NOT_OFFERED', { rule });
    expect(res.body.message).toMatch(message);
  });

  it('tells it in Danish only, when asked in Danish', async () => {
    const res = await attempt('2026-11-26T10:07:00+01:00', 'da');
    expectError(res, 422, 'SLOT_NOT_OFFERED', { rule: 'off_grid' });
    expect(res.body.message).toBe(
      'Der kan ikke bookes en tid 2026-11-26T10:07:00+01:00: tiderne begynder hvert 15. minut. Vælg en af de ledige tider.',
    );
  });

  it('offers the start next to each refused one (the refusals are about the rule, not the data)', async () => {
    const res = await attempt('2026-11-26T10:00:00+01:00');
    expect(res.status).toBe(201);
  });
});
