import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { momentForPeople } from '../src/web/page/people-time.js';
import { solvedChallenge, uniqueEmail } from './support/bookings.js';
import {
  ADDRESS,
  BROWSER_ACCEPT,
  contactPath,
  errorSummary,
  formOf,
  NOW,
  submit,
  triageWithTimes,
  givenPassportOffice,
  visitor,
  type Agent,
} from './support/booking-pages.js';
import { calendarEvents, textOf } from './support/ical.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/*
 * The booking pages from the chosen time to the booked visit and after: contact, check your
 * answers, confirm (with and without the proof of work), the receipt and the manage pages. Each
 * test opens its own triage; the office (two stations, two advisers) is shared.
 */

/** Karen, with an address of her own each time: the per-contact limit counts addresses. */
const karen = () => ({ name: 'Karen Jensen', email: uniqueEmail(), phone: '' });

/** Through the contact step to the check page; returns the check page's HTML. */
async function toCheckPage(agent: Agent, path: string, contact = karen()): Promise<string> {
  const contactPage = await agent.get(path).expect(200);
  const check = await submit(agent, contactPage.text, contact).expect(200);
  return check.text;
}

/** Books from a check page; returns the receipt's path (the 303's Location). */
async function book(agent: Agent, checkPage: string, fields: Record<string, string> = {}): Promise<string> {
  const answer = await submit(agent, checkPage, fields, 'book-form').expect(303);
  return answer.headers.location as string;
}

async function bookingCount(t: TestApp, triage: string): Promise<number> {
  const [row] = await t.dataSource.query<{ count: number }[]>(
    'SELECT count(*)::int AS count FROM bookings WHERE triage_id = $1',
    [triage],
  );
  return row.count;
}

describe('booking pages', () => {
  // The first tests see 09:00 free: nothing is booked before the confirm tests.
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    await givenPassportOffice(t, 'MAIN');
  });
  afterAll(() => t.close());

  describe('contact', () => {
    it('asks for a name and an e-mail or mobile number, says no CPR number is needed', async () => {
      const { triage, starts } = await triageWithTimes(t, 'MAIN');
      const page = await visitor(t)
        .get(contactPath(triage, 'MAIN', starts[0]))
        .expect(200);
      expect(page.text).toContain('<title>Dine kontaktoplysninger – Book tid – Borgerservice</title>');
      expect(page.text).toContain('Du skal ikke oplyse dit CPR-nummer.');
      expect(page.text).toContain('tirsdag 1. december kl. 09.00 – Borgerservice MAIN');
      expect(page.text).toMatch(/id="name" name="name" type="text" value="" autocomplete="name"/);
      expect(page.text).toMatch(/id="email" name="email" type="email" value="" autocomplete="email"/);
      expect(page.text).toMatch(/id="phone" name="phone" type="tel" value="" autocomplete="tel"/);
      expect(formOf(page.text).fields).toMatchObject({ sted: 'MAIN', tid: starts[0] });
      // Back to the time picker, on the chosen day.
      expect(page.text).toContain(
        `href="/book/${triage}/tid?sted=MAIN&amp;dag=2026-12-01" class="back-link"`,
      );
    });

    it('speaks English with lang=en', async () => {
      const { triage, starts } = await triageWithTimes(t, 'MAIN');
      const page = await visitor(t)
        .get(contactPath(triage, 'MAIN', starts[0], 'en'))
        .expect(200);
      expect(page.text).toContain('<html lang="en">');
      expect(page.text).toContain('Your contact details');
      expect(page.text).toContain('Tuesday 1 December, 09:00');
      expect(page.text).toContain('You do not need to give your CPR number.');
    });

    it('sends a broken link back to where the choice is made; an unknown triage is not found', async () => {
      const { triage, starts } = await triageWithTimes(t, 'MAIN');
      const noTime = await visitor(t).get(`/book/${triage}/kontakt?sted=MAIN&tid=tomorrow`).expect(303);
      expect(noTime.headers.location).toBe(`/book/${triage}/tid?sted=MAIN`);
      const noPlace = await visitor(t)
        .get(`/book/${triage}/kontakt?tid=${encodeURIComponent(starts[0])}&lang=en`)
        .expect(303);
      expect(noPlace.headers.location).toBe(`/book/${triage}/sted?lang=en`);
      const unknown = await visitor(t)
        .get(contactPath('8c6f2d4e-5b1a-4c3e-9d7f-0a1b2c3d4e5f', 'MAIN', starts[0]))
        .expect(404);
      expect(unknown.text).toContain('Siden findes ikke');
      await visitor(t)
        .get(contactPath('not-a-triage', 'MAIN', starts[0]))
        .expect(404);
      await visitor(t)
        .get(contactPath(triage, 'NOWHERE', starts[0]))
        .expect(404);
    });

    it.each([
      [
        'no contact',
        { name: 'Karen Jensen', email: '', phone: '' },
        ['email: Skriv din e-mail eller dit mobilnummer'],
      ],
      [
        'a bad e-mail',
        { name: 'Karen', email: 'karen@', phone: '' },
        ['email: Skriv e-mailen sådan her: navn@eksempel.dk'],
      ],
      [
        'a CPR number for a name',
        { name: '010190-1234', email: 'karen@example.dk', phone: '' },
        ['name: Skriv kun dit navn. Du skal ikke oplyse dit CPR-nummer'],
      ],
      [
        'no name and a foreign phone number',
        { name: ' ', email: '', phone: '+46 70 123 45 67' },
        ['name: Skriv dit navn', 'phone: Skriv et dansk mobilnummer med 8 cifre, fx 12 34 56 78'],
      ],
    ])(
      'refuses %s: 400, an error summary and the field errors, the input kept',
      async (_, contact, summary) => {
        const { triage, starts } = await triageWithTimes(t, 'MAIN');
        const agent = visitor(t);
        const contactPage = await agent.get(contactPath(triage, 'MAIN', starts[0])).expect(200);
        const answer = await submit(agent, contactPage.text, contact).expect(400);
        expect(answer.text).toContain(
          '<title>Fejl: Dine kontaktoplysninger – Book tid – Borgerservice</title>',
        );
        expect(errorSummary(answer.text)).toEqual(summary);
        expect(answer.text).toContain('class="form-error-message"');
        expect(answer.text).toContain(`value="${contact.email}"`);
        expect(formOf(answer.text).fields).toMatchObject({ sted: 'MAIN', tid: starts[0] });
        expect(await bookingCount(t, triage)).toBe(0);
      },
    );

    it('tells the problems in English on the English page', async () => {
      const { triage, starts } = await triageWithTimes(t, 'MAIN');
      const agent = visitor(t);
      const contactPage = await agent.get(contactPath(triage, 'MAIN', starts[0], 'en')).expect(200);
      const answer = await submit(agent, contactPage.text, { name: '', email: '', phone: '' }).expect(400);
      expect(errorSummary(answer.text)).toEqual([
        'name: Enter your name',
        'email: Enter your e-mail address or your mobile number',
      ]);
    });
  });

  describe('check your answers', () => {
    it('shows the errand, place, time, name and contact, with the answers in hidden fields only', async () => {
      const { triage, starts } = await triageWithTimes(t, 'MAIN');
      const check = await toCheckPage(visitor(t), contactPath(triage, 'MAIN', starts[0]), {
        name: '  Karen Jensen ',
        email: 'karen@example.dk',
        phone: '12 34 56 78',
      });
      expect(check).toContain('<title>Tjek dine oplysninger – Book tid – Borgerservice</title>');
      const time = momentForPeople(starts[0], 'Europe/Copenhagen', 'da');
      for (const text of [
        'Nyt eller fornyet pas (voksen)',
        'Borgerservice MAIN',
        ADDRESS,
        time,
        'Karen Jensen',
      ])
        expect(check).toContain(text);
      expect(check).toContain('karen@example.dk<br>12 34 56 78');
      const form = formOf(check, 'book-form');
      // ALTCHA is off in this app: the form goes straight to the proof route, no widget.
      expect(form.action).toBe(`/book/${triage}/bekraeft`);
      expect(check).not.toContain('<altcha-widget');
      expect(form.fields).toMatchObject({
        name: 'Karen Jensen',
        email: 'karen@example.dk',
        phone: '12 34 56 78',
      });
      expect(form.fields.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
      // Personal data never in a URL: no link or form action carries it.
      const urls = [...check.matchAll(/(?:href|action)="([^"]*)"/g)].map(([, url]) => url);
      expect(urls.filter((url) => /karen|12 34|Jensen/i.test(decodeURIComponent(url)))).toEqual([]);
    });

    it('goes back to the contact form with the answers kept ("Ret")', async () => {
      const { triage, starts } = await triageWithTimes(t, 'MAIN');
      const agent = visitor(t);
      const check = await toCheckPage(agent, contactPath(triage, 'MAIN', starts[0]));
      expect(check).toContain(
        'form="change-contact" class="function-link">Ret<span class="sr-only"> navn</span>',
      );
      const contact = await submit(agent, check, {}, 'change-contact').expect(200);
      expect(contact.text).toContain('Dine kontaktoplysninger');
      expect(contact.text).toContain('value="Karen Jensen"');
      expect(contact.text).toContain(`value="${formOf(check, 'book-form').fields.email}"`);
    });
  });

  describe('confirm', () => {
    it('books once and shows the receipt, however often the form is sent', async () => {
      const { triage, starts } = await triageWithTimes(t, 'MAIN');
      const agent = visitor(t);
      const check = await toCheckPage(agent, contactPath(triage, 'MAIN', starts[0]));
      const first = await book(agent, check);
      const second = await book(agent, check);
      expect(first).toMatch(/^\/kvittering\/[A-Z0-9]{4}-[A-Z0-9]{4}\?token=[\w-]{43}$/);
      expect(second).toBe(first);
      expect(await bookingCount(t, triage)).toBe(1);
    });

    it('says what to do when the time is not offered: choose another time', async () => {
      const { triage } = await triageWithTimes(t, 'MAIN');
      const agent = visitor(t);
      // 03:00 is well-formed but never offered.
      const check = await toCheckPage(agent, contactPath(triage, 'MAIN', '2026-12-01T03:00:00+01:00'));
      const answer = await submit(agent, check, {}, 'book-form').expect(422);
      expect(answer.text).toContain('<title>Fejl: Tiden blev ikke booket – Book tid – Borgerservice</title>');
      expect(errorSummary(answer.text)).toEqual(['what-now: Tiden er ikke ledig længere']);
      expect(answer.text).toContain(`href="/book/${triage}/tid?sted=MAIN">Vælg en anden tid</a>`);
    });

    it('says the errand is booked already when the triage has a booking', async () => {
      const { triage, starts } = await triageWithTimes(t, 'MAIN');
      const agent = visitor(t);
      await book(agent, await toCheckPage(agent, contactPath(triage, 'MAIN', starts[0])));
      // A second check page (a new key) for the same triage.
      const again = await toCheckPage(agent, contactPath(triage, 'MAIN', starts[1]));
      const answer = await submit(agent, again, {}, 'book-form').expect(409);
      expect(errorSummary(answer.text)).toEqual(['what-now: Der er allerede booket en tid til dette ærinde']);
    });

    it('shows a tampered contact as a contact form with its problems, and books nothing', async () => {
      const { triage, starts } = await triageWithTimes(t, 'MAIN');
      const agent = visitor(t);
      const check = await toCheckPage(agent, contactPath(triage, 'MAIN', starts[0]));
      const answer = await submit(agent, check, { email: '', phone: '' }, 'book-form').expect(400);
      expect(errorSummary(answer.text)).toEqual(['email: Skriv din e-mail eller dit mobilnummer']);
      expect(await bookingCount(t, triage)).toBe(0);
    });

    it('refuses a form without its idempotency key as expired', async () => {
      const { triage, starts } = await triageWithTimes(t, 'MAIN');
      const agent = visitor(t);
      const check = await toCheckPage(agent, contactPath(triage, 'MAIN', starts[0]));
      await submit(agent, check, { idempotencyKey: '' }, 'book-form').expect(403);
      expect(await bookingCount(t, triage)).toBe(0);
    });
  });

  describe('receipt', () => {
    it('shows the booking, what to bring, the fee, the .ics and the manage link', async () => {
      const { triage, starts } = await triageWithTimes(t, 'MAIN');
      const agent = visitor(t);
      const receiptPath = await book(agent, await toCheckPage(agent, contactPath(triage, 'MAIN', starts[0])));
      const receipt = await agent.get(receiptPath).expect(200);
      const reference = /\/kvittering\/([A-Z0-9-]+)\?/.exec(receiptPath)![1];
      const token = new URL(receiptPath, 'http://x').searchParams.get('token')!;
      expect(receipt.text).toContain('Din tid er booket');
      expect(receipt.text).toContain(`<strong>${reference}</strong>`);
      expect(receipt.text).toContain(momentForPeople(starts[0], 'Europe/Copenhagen', 'da'));
      expect(receipt.text).toContain(ADDRESS);
      expect(receipt.text).toContain('Husk at tage med');
      expect(receipt.text).toMatch(/Pris<\/th><td>[^<]*kr/);
      const ics = /href="(\/bookings\/[^"]+\/calendar\.ics\?token=[^"]+)"/.exec(receipt.text)![1];
      const calendar = await request(t.http).get(ics.replace(/&amp;/g, '&')).expect(200);
      const [event] = calendarEvents(calendar.text);
      expect(event.start.toISOString()).toBe(new Date(starts[0]).toISOString());
      expect(textOf(event.location)).toContain(ADDRESS);
      expect(receipt.text).toContain(`href="/min-tid/${reference}?token=${token}"`);
      expect(receipt.text).toMatch(new RegExp(`>http://[^<]+/min-tid/${reference}\\?token=${token}</a>`));
    });

    it('is not found with a wrong or missing token, or an unknown reference', async () => {
      const { triage, starts } = await triageWithTimes(t, 'MAIN');
      const agent = visitor(t);
      const receiptPath = await book(agent, await toCheckPage(agent, contactPath(triage, 'MAIN', starts[0])));
      const reference = /\/kvittering\/([A-Z0-9-]+)\?/.exec(receiptPath)![1];
      for (const path of [
        `/kvittering/${reference}?token=${'A'.repeat(43)}`,
        `/kvittering/${reference}`,
        `/kvittering/AAAA-AAAA?token=${'A'.repeat(43)}`,
        `/min-tid/${reference}?token=${'A'.repeat(43)}`,
        `/min-tid/${reference}/aflys?token=wrong`,
      ]) {
        const answer = await request(t.http).get(path).expect(404);
        expect(answer.text).toContain('Siden findes ikke');
      }
    });
  });

  describe('manage', () => {
    it('cancels after a confirm step, refusing a CPR number in the reason', async () => {
      const { triage, starts } = await triageWithTimes(t, 'MAIN');
      const agent = visitor(t);
      const receiptPath = await book(agent, await toCheckPage(agent, contactPath(triage, 'MAIN', starts[0])));
      const managePath = receiptPath.replace('/kvittering/', '/min-tid/');
      const manage = await agent.get(managePath).expect(200);
      expect(manage.text).toContain('<strong>Status:</strong> Booket');
      const cancelPath = /href="(\/min-tid\/[^"]+\/aflys\?token=[^"]+)"/.exec(manage.text)![1];
      const confirm = await agent.get(cancelPath).expect(200);
      expect(confirm.text).toContain('Vil du aflyse denne tid?');

      const refused = await submit(agent, confirm.text, { reason: 'Mit CPR er 010190-1234' }).expect(400);
      expect(errorSummary(refused.text)).toEqual(['reason: Skriv begrundelsen uden CPR-nummer']);
      expect(refused.text).toContain('>Mit CPR er 010190-1234</textarea>');

      const done = await submit(agent, refused.text, { reason: 'Jeg er syg' }).expect(303);
      expect(done.headers.location).toBe(`${managePath}&besked=aflyst`);
      const after = await agent.get(done.headers.location as string).expect(200);
      expect(after.text).toContain('Din tid er aflyst');
      expect(after.text).toContain('<strong>Status:</strong> Aflyst');
      expect(after.text).not.toContain('/aflys?token=');
      // The confirm step of a cancelled visit leads back to the manage page.
      await agent.get(cancelPath).expect(303);
    });
  });

  describe('reschedule', () => {
    it('moves the visit with the time picker, refusing no time and a time not offered', async () => {
      const { triage, starts } = await triageWithTimes(t, 'MAIN');
      const agent = visitor(t);
      const receiptPath = await book(agent, await toCheckPage(agent, contactPath(triage, 'MAIN', starts[0])));
      const managePath = receiptPath.replace('/kvittering/', '/min-tid/');
      const manage = await agent.get(managePath).expect(200);
      const movePath = /href="(\/min-tid\/[^"]+\/flyt\?token=[^"]+)"/
        .exec(manage.text)![1]
        .replace(/&amp;/g, '&');
      const picker = await agent.get(`${movePath}&dag=2026-12-02`).expect(200);
      expect(picker.text).toContain('<title>Flyt din tid – Book tid – Borgerservice</title>');
      expect(picker.text).toContain('name="tid" value="2026-12-02T09:00:00+01:00"');
      // Day links keep the token and the language, and go to this page.
      expect(picker.text).toMatch(/href="\/min-tid\/[A-Z0-9-]+\/flyt\?token=[\w-]+&amp;dag=2026-12-03"/);

      const none = await submit(agent, picker.text).expect(400);
      expect(errorSummary(none.text)).toEqual(['tid: Vælg en ny tid']);
      const gone = await submit(agent, picker.text, { tid: '2026-12-02T03:00:00+01:00' }).expect(422);
      expect(errorSummary(gone.text)).toEqual(['tid: Tiden er ikke ledig længere. Vælg en anden tid']);

      const moved = await submit(agent, picker.text, { tid: '2026-12-02T10:00:00+01:00' }).expect(303);
      expect(moved.headers.location).toBe(`${managePath}&besked=flyttet`);
      const after = await agent.get(moved.headers.location as string).expect(200);
      expect(after.text).toContain('Din tid er flyttet');
      expect(after.text).toContain('onsdag 2. december kl. 10.00');
    });

    it('speaks English and sends a cancelled visit back to the manage page', async () => {
      const { triage, starts } = await triageWithTimes(t, 'MAIN');
      const agent = visitor(t);
      const receiptPath = await book(agent, await toCheckPage(agent, contactPath(triage, 'MAIN', starts[0])));
      const token = new URL(receiptPath, 'http://x').searchParams.get('token')!;
      const reference = /\/kvittering\/([A-Z0-9-]+)\?/.exec(receiptPath)![1];
      const picker = await agent.get(`/min-tid/${reference}/flyt?token=${token}&lang=en`).expect(200);
      expect(picker.text).toContain('Change your appointment');
      await request(t.http).post(`/bookings/${reference}/cancel?token=${token}`).send({}).expect(200);
      const answer = await agent.get(`/min-tid/${reference}/flyt?token=${token}&lang=en`).expect(303);
      expect(answer.headers.location).toBe(`/min-tid/${reference}?token=${token}&lang=en`);
    });
  });

  describe('CSRF', () => {
    it('refuses every form without the token of a page this site showed: 403', async () => {
      const { triage, starts } = await triageWithTimes(t, 'MAIN');
      const agent = visitor(t);
      const check = await toCheckPage(agent, contactPath(triage, 'MAIN', starts[0]));
      const { fields } = formOf(check, 'book-form');
      const forged = { ...fields, _csrf: 'forged' };
      for (const path of [
        `/book/${triage}/kontakt`,
        `/book/${triage}/kontakt/ret`,
        `/book/${triage}/bekraeft`,
        `/book/${triage}/bekraeft-uden-js`,
        `/min-tid/AAAA-AAAA/aflys?token=${'A'.repeat(43)}`,
        `/min-tid/AAAA-AAAA/flyt?token=${'A'.repeat(43)}`,
      ]) {
        const answer = await agent
          .post(path)
          .type('form')
          .set('Accept', BROWSER_ACCEPT)
          .send(forged)
          .expect(403);
        expect(answer.text).toContain('Formularen er udløbet');
      }
      expect(await bookingCount(t, triage)).toBe(0);
    });
  });
});

describe('booking pages with the proof of work', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ now: NOW, env: { ALTCHA_ENABLED: 'true', ALTCHA_COMPLEXITY: '1000' } });
    await givenPassportOffice(t, 'MAIN');
  });
  afterAll(() => t.close());

  it('shows the widget; the form posts to the no-JavaScript route until the script switches it', async () => {
    const { triage, starts } = await triageWithTimes(t, 'MAIN');
    const check = await toCheckPage(visitor(t), contactPath(triage, 'MAIN', starts[0]));
    expect(check).toContain('<altcha-widget challenge="/bookings/challenge" name="altcha"');
    expect(formOf(check, 'book-form').action).toBe(`/book/${triage}/bekraeft-uden-js`);
    expect(check).toContain(`data-proof-action="/book/${triage}/bekraeft"`);
  });

  it('refuses the proof route without a proof: the check page again, nothing booked', async () => {
    const { triage, starts } = await triageWithTimes(t, 'MAIN');
    const agent = visitor(t);
    const check = await toCheckPage(agent, contactPath(triage, 'MAIN', starts[0]));
    const form = formOf(check, 'book-form');
    const answer = await agent
      .post(`/book/${triage}/bekraeft`)
      .type('form')
      .set('Accept', BROWSER_ACCEPT)
      .send(form.fields)
      .expect(400);
    expect(errorSummary(answer.text)).toEqual([
      'proof: Vi kunne ikke se, at bookingen kom fra et menneske. Prøv at booke igen',
    ]);
    // The same key again, so that a retry cannot book twice.
    expect(formOf(answer.text, 'book-form').fields.idempotencyKey).toBe(form.fields.idempotencyKey);
    expect(await bookingCount(t, triage)).toBe(0);
  });

  it('books through the proof route with a solved challenge', async () => {
    const { triage, starts } = await triageWithTimes(t, 'MAIN');
    const agent = visitor(t);
    const check = await toCheckPage(agent, contactPath(triage, 'MAIN', starts[0]));
    const form = formOf(check, 'book-form');
    const altcha = await solvedChallenge(t.http);
    const answer = await agent
      .post(`/book/${triage}/bekraeft`)
      .type('form')
      .send({ ...form.fields, altcha })
      .expect(303);
    expect(answer.headers.location).toMatch(/^\/kvittering\//);
    expect(await bookingCount(t, triage)).toBe(1);
  });

  it('books through the no-JavaScript route without a proof', async () => {
    const { triage, starts } = await triageWithTimes(t, 'MAIN');
    const agent = visitor(t);
    const receipt = await book(agent, await toCheckPage(agent, contactPath(triage, 'MAIN', starts[0])));
    expect(receipt).toMatch(/^\/kvittering\//);
    expect(await bookingCount(t, triage)).toBe(1);
  });
});

describe('booking pages without JavaScript: their own, stricter limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      now: NOW,
      env: { ALTCHA_ENABLED: 'true', RATE_LIMIT_FACTOR: '1', RATE_LIMIT_BOOKINGS_WITHOUT_PROOF: '1/1h' },
    });
    await givenPassportOffice(t, 'MAIN');
  });
  afterAll(() => t.close());

  it('books once per window from one address, then answers 429 with a page', async () => {
    const agent = visitor(t);
    const first = await triageWithTimes(t, 'MAIN');
    await book(agent, await toCheckPage(agent, contactPath(first.triage, 'MAIN', first.starts[0])));
    const second = await triageWithTimes(t, 'MAIN');
    const check = await toCheckPage(agent, contactPath(second.triage, 'MAIN', second.starts[0]));
    const refused = await submit(agent, check, {}, 'book-form').expect(429);
    expect(refused.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(refused.text).toContain('For mange forsøg');
    expect(refused.headers['retry-after']).toBeDefined();
    expect(await bookingCount(t, second.triage)).toBe(0);
    // When to try again as the page's clock reads it (Retry-After is under an hour), not "om lidt";
    // and the way to a time without waiting.
    expect(refused.text).toContain('Du kan prøve igen om 1 time.');
    expect(refused.text).not.toContain('prøv igen om lidt');
    expect(refused.text).toMatch(
      /Du kan også ringe til Borgerservice og bestille en tid uden at vente: <a href="tel:\+4570102030">\+45 70 10 20 30<\/a>/,
    );
  });
});

describe('booking pages without JavaScript: also from the shared budget of booking attempts', () => {
  // Per client address (the test client plays the trusted proxy): 3 booking attempts a day
  // through the API and both confirm routes together, 2 of them an hour without a proof of work.
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      now: NOW,
      env: {
        ALTCHA_ENABLED: 'true',
        ALTCHA_COMPLEXITY: '1000',
        TRUST_PROXY: 'loopback',
        RATE_LIMIT_FACTOR: '1',
        RATE_LIMIT_BOOKINGS: '3/1d',
        RATE_LIMIT_BOOKINGS_WITHOUT_PROOF: '2/1h',
        // The steps before confirming come from the test client's own address: no limit there.
        RATE_LIMIT_TRIAGE: '1000/1m',
        RATE_LIMIT_AVAILABILITY: '1000/1m',
      },
    });
    await givenPassportOffice(t, 'MAIN');
  });
  afterAll(() => t.close());

  /** A documentation address (RFC 5737) per test: each starts with full budgets. */
  let addresses = 0;
  const newAddress = () => `192.0.2.${++addresses}`;

  /** Sends the check page's form to the no-JavaScript route from `address`. */
  async function bookWithoutProof(address: string, status: number) {
    const { triage, starts } = await triageWithTimes(t, 'MAIN');
    const agent = visitor(t);
    const check = await toCheckPage(agent, contactPath(triage, 'MAIN', starts[0]));
    const answer = await submit(agent, check, {}, 'book-form').set('X-Forwarded-For', address).expect(status);
    expect(await bookingCount(t, triage)).toBe(status === 303 ? 1 : 0);
    return answer;
  }

  const postBooking = (address: string) =>
    request(t.http)
      .post('/bookings')
      .set('X-Forwarded-For', address)
      .set('Idempotency-Key', randomUUID())
      .send({});

  it('counts bookings without a proof against the shared budget: POST /bookings is refused when it is used up', async () => {
    const address = newAddress();
    await bookWithoutProof(address, 303);
    await bookWithoutProof(address, 303);
    // Their own limit refuses the third, until the hour is over...
    const hourly = await bookWithoutProof(address, 429);
    const hour = Number(hourly.headers['retry-after']);
    expect(hour).toBeGreaterThan(3500);
    expect(hour).toBeLessThanOrEqual(3600);
    // ...without spending the shared budget's last attempt, which the API then uses.
    await postBooking(address).expect(400);
    const api = await postBooking(address).expect(429);
    expect(api.body).toMatchObject({ code: 'TOO_MANY_REQUESTS', details: { limit: 3 } });
    expect(Number(api.headers['retry-after'])).toBeGreaterThan(23 * 3600);
    // Both limits refuse now; the answer names when both let the address book again.
    const daily = await bookWithoutProof(address, 429);
    expect(Number(daily.headers['retry-after'])).toBeGreaterThan(23 * 3600);
    // The page's clock stands at 09:00: the day's limit lets the address book at 09:00 tomorrow.
    expect(daily.text).toContain('Du kan prøve igen i morgen kl. 09.00.');
    const english = await request(t.http)
      .post(`/book/${randomUUID()}/bekraeft-uden-js?lang=en`)
      .set('X-Forwarded-For', address)
      .set('Accept', BROWSER_ACCEPT)
      .type('form')
      .send({})
      .expect(429);
    expect(english.text).toContain('Too many attempts');
    expect(english.text).toContain('You can try again tomorrow at 09:00.');
    expect(english.text).toContain(
      'You can also call Citizen Service and book an appointment without waiting:',
    );
  });

  it('refuses the no-JavaScript route when the API used up the shared budget, though its own has room', async () => {
    const address = newAddress();
    for (let i = 0; i < 3; i++) await postBooking(address).expect(400);
    const refused = await bookWithoutProof(address, 429);
    expect(refused.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(23 * 3600);
  });

  it('counts the proof route against the same shared budget', async () => {
    const address = newAddress();
    for (let i = 0; i < 3; i++) {
      const { triage, starts } = await triageWithTimes(t, 'MAIN');
      const agent = visitor(t);
      const form = formOf(await toCheckPage(agent, contactPath(triage, 'MAIN', starts[0])), 'book-form');
      const altcha = await solvedChallenge(t.http);
      await agent
        .post(`/book/${triage}/bekraeft`)
        .set('X-Forwarded-For', address)
        .type('form')
        .send({ ...form.fields, altcha })
        .expect(303);
    }
    await postBooking(address).expect(429);
    await bookWithoutProof(address, 429);
  });
});
