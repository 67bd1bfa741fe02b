import { jest } from '@jest/globals';
import { type Agent, errorSummary, submit } from './support/booking-pages.js';
import { auditRows, DESK_NOW, givenDesks, mainText } from './support/reception.js';
import { open, staffBrowser } from './support/staff-pages.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/*
 * A citizen at the desk without an appointment: the errand, the same questions as online on one
 * page, then the guidance to hand over, a visit now, or the next free time. Offices RWA (where the
 * receptionist works) and RWB.
 */

jest.setTimeout(60_000);

const bookingOf = (t: TestApp, triage: string) =>
  t.dataSource.query<{ reference: string; status: string; source: string; citizen_name: string | null }[]>(
    'SELECT reference, status, source, citizen_name FROM bookings WHERE triage_id = $1',
    [triage],
  );

describe('reception walk-in pages', () => {
  let t: TestApp;
  let desk: Agent;
  let deskId: string;

  beforeAll(async () => {
    t = await createTestApp({ now: DESK_NOW, env: { STAFF_SESSION_IDLE_MINUTES: '480' } });
    const desks = await givenDesks(t, ['RWA', 'RWB']);
    const browser = await staffBrowser(t, 'reception', { locations: [desks.main] });
    desk = browser.agent;
    deskId = browser.account.id;
  });
  afterAll(() => t.close());
  beforeEach(() => t.clock.set('2026-11-25T09:30:00+01:00'));

  it('lists the errands and finds one by the citizen’s words', async () => {
    const all = await open(desk, '/staff/reception/RWA/walk-in').expect(200);
    expect(all.text).toContain('href="/staff/reception/RWA/walk-in/FLYT"');
    const found = await open(desk, '/staff/reception/RWA/walk-in?q=flytte').expect(200);
    const list = /<ul class="nobullet-list desk-errands"[\s\S]*?<\/ul>/.exec(found.text)?.[0] ?? '';
    expect(list).toContain('Meld flytning');
  });

  it('asks every required question, in the error summary (400)', async () => {
    const page = await open(desk, '/staff/reception/RWA/walk-in/FLYT').expect(200);
    expect(mainText(page.text)).toContain('Har du MitID?');
    const answer = await submit(desk, page.text, {}, 'walk-in-form').expect(400);
    expect(errorSummary(answer.text)).toContain('has_mitid: Vælg et svar');
  });

  it('hands over the self-service guidance with its address, printable', async () => {
    const page = await open(desk, '/staff/reception/RWA/walk-in/FLYT').expect(200);
    const fields = { has_mitid: 'ja', moving_abroad: 'nej', needs_help: 'nej' };
    const answer = await submit(desk, page.text, fields, 'walk-in-form').expect(303);
    expect(answer.headers.location).toMatch(/^\/staff\/reception\/RWA\/walk-in\/resultat\/[0-9a-f-]{36}$/);
    const result = await open(desk, answer.headers.location as string).expect(200);
    const text = mainText(result.text);
    expect(text).toContain('Borgeren kan klare det selv');
    expect(text).toMatch(/Adresse https:\/\/\S+/);
    expect(result.text).toContain('data-print hidden');
    const triage = /resultat\/([0-9a-f-]{36})/.exec(answer.headers.location as string)![1];
    expect(await bookingOf(t, triage)).toEqual([]);
  });

  it('books and checks in a walk-in who needs a visit now', async () => {
    const page = await open(desk, '/staff/reception/RWA/walk-in/PAS_VOKSEN').expect(200);
    const fields = { has_mitid: 'ja', has_old_passport: 'ja', name: 'Jens Walk' };
    const answer = await submit(desk, page.text, fields, 'walk-in-form').expect(303);
    const triage = /resultat\/([0-9a-f-]{36})/.exec(answer.headers.location as string)![1];
    const [booking] = await bookingOf(t, triage);
    expect(booking).toMatchObject({ status: 'checked_in', source: 'walk_in', citizen_name: 'Jens Walk' });
    const result = await open(desk, answer.headers.location as string).expect(200);
    expect(mainText(result.text)).toMatch(/Booket og tjekket ind: nr\. 1, kl\. \d\d\.\d\d, Station \d/);
    const formatted = `${booking.reference.slice(0, 4)}-${booking.reference.slice(4)}`;
    expect(await auditRows(t, deskId, 'visit.walk-in')).toContainEqual({
      bookings: [formatted],
      objects: ['RWA'],
    });
  });

  it('offers the next free time when nothing is free today, and books it by name', async () => {
    t.clock.set('2026-11-25T15:55:00+01:00');
    const page = await open(desk, '/staff/reception/RWA/walk-in/PAS_VOKSEN').expect(200);
    const answer = await submit(
      desk,
      page.text,
      { has_mitid: 'nej', has_old_passport: 'ja' },
      'walk-in-form',
    );
    expect(answer.status).toBe(303);
    const triage = /resultat\/([0-9a-f-]{36})/.exec(answer.headers.location as string)![1];
    const result = await open(desk, answer.headers.location as string).expect(200);
    const text = mainText(result.text);
    expect(text).toContain('Der er ingen ledig tid her i dag.');
    expect(text).toContain('Næste ledige tid her: torsdag 26. november kl. 09.00.');

    const nameless = await submit(desk, result.text, { name: '' }, 'walk-in-later-form').expect(400);
    expect(errorSummary(nameless.text)).toEqual(['name: Skriv borgerens navn']);
    expect(await bookingOf(t, triage)).toEqual([]);

    const booked = await submit(desk, result.text, { name: 'Maja Senere' }, 'walk-in-later-form').expect(303);
    const [booking] = await bookingOf(t, triage);
    expect(booking).toMatchObject({ status: 'booked', source: 'walk_in', citizen_name: 'Maja Senere' });
    expect(booked.headers.location).toBe(
      `/staff/reception/RWA/booking/${booking.reference.slice(0, 4)}-${booking.reference.slice(4)}`,
    );
    const again = await submit(desk, result.text, { name: 'Maja Senere' }, 'walk-in-later-form').expect(409);
    expect(errorSummary(again.text).join()).toContain('name:');
  });

  it('refuses another place’s walk-ins (403)', async () => {
    await open(desk, '/staff/reception/RWB/walk-in/FLYT').expect(403);
  });
});
