import { momentForPeople } from '../src/web/page/people-time.js';
import { uniqueEmail } from './support/bookings.js';
import {
  BROWSER_ACCEPT,
  contactPath,
  decodeHtml,
  errorSummary,
  formOf,
  NOW,
  submit,
  TUESDAY,
  visitor,
  type Agent,
} from './support/booking-pages.js';
import {
  CALL_MINUTES,
  CALLBACK_ANSWERS,
  callbackPickerPath,
  callTimes,
  givenHotline,
  HOTLINE_ADDRESS,
  mitidTriage,
  uniquePhone,
  VISIT_WITH_CALLBACK_ANSWERS,
} from './support/callback-pages.js';
import { givenOffice } from './support/factories.js';
import { visitTriage } from './support/flows.js';
import { calendarEvents } from './support/ical.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/*
 * The citizen pages of a hotline callback: the outcome that offers "Ring mig op" (instead of a
 * visit, or beside one), the time picker for the hotline place, the contact step that needs the
 * number to call, the check page and the receipt that say when we call, and the manage pages.
 */

const ZONE = 'Europe/Copenhagen';
const callbackTriage = (t: TestApp) => mitidTriage(t.http, CALLBACK_ANSWERS, 'callback');

/** The text of the page's main content without tags, for sentences that span elements. */
const textOf = (html: string) => decodeHtml(html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '));

/** From the hotline's contact step to the check page; returns its HTML. */
async function toCheckPage(agent: Agent, path: string, contact: Record<string, string>): Promise<string> {
  const contactPage = await agent.get(path).expect(200);
  return (await submit(agent, contactPage.text, contact).expect(200)).text;
}

/** Books a callback at the triage's first call time; returns the receipt's path and what was booked. */
async function bookCallback(t: TestApp, agent: Agent, phone = uniquePhone()) {
  const triage = await callbackTriage(t);
  const [start] = await callTimes(t, triage, TUESDAY);
  const check = await toCheckPage(agent, contactPath(triage, 'HOTLINE', start), {
    name: 'Karen Jensen',
    phone,
  });
  const booked = await submit(agent, check, {}, 'book-form').expect(303);
  return { triage, start, phone, receiptPath: booked.headers.location as string };
}

describe('callback pages', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    await givenHotline(t);
    await givenOffice(t, { code: 'MAIN', name: 'Borgerservice MAIN', errands: ['MITID_NY'], stations: 1 });
  });
  afterAll(() => t.close());

  describe('outcome', () => {
    it('offers "Ring mig op" as the way on when MitID stopped working, and no visit', async () => {
      const triage = await callbackTriage(t);
      const page = await visitor(t).get(`/vejledning/${triage}`).expect(200);
      expect(page.text).toContain('<h1>Vi kan hjælpe dig i telefonen</h1>');
      expect(page.text).toContain('Når MitID holder op med at virke, kan vi som regel løse det i telefonen.');
      expect(page.text).toContain(
        `<a class="button button-primary" href="/book/${triage}/tid?sted=HOTLINE">Ring mig op</a>`,
      );
      expect(textOf(page.text)).toContain(`Opkaldet tager cirka ${CALL_MINUTES} minutter.`);
      expect(page.text).not.toContain('>Book tid<');

      const english = await visitor(t).get(`/vejledning/${triage}?lang=en`).expect(200);
      expect(english.text).toContain('<h1>We can help you on the phone</h1>');
      expect(english.text).toContain(`href="/book/${triage}/tid?sted=HOTLINE&amp;lang=en">Call me</a>`);
    });

    it('offers a call beside the visit when the citizen needs help, with why a call may do', async () => {
      const triage = await mitidTriage(t.http, VISIT_WITH_CALLBACK_ANSWERS, 'visit');
      const page = await visitor(t).get(`/vejledning/${triage}`).expect(200);
      expect(page.text).toContain(
        `<a class="button button-primary" href="/book/${triage}/sted">Book tid</a>`,
      );
      expect(page.text).toContain('<h2 id="callback-heading">Kan det klares i telefonen?</h2>');
      expect(page.text).toContain('Mange MitID-problemer kan løses i telefonen');
      expect(page.text).toMatch(
        new RegExp(
          `class="button button-secondary" href="/book/${triage}/tid\\?sted=HOTLINE"[^>]*>Ring mig op</a>`,
        ),
      );
      const english = await visitor(t).get(`/vejledning/${triage}?lang=en`).expect(200);
      expect(english.text).toContain('Can it be done on the phone?');
      expect(english.text).toContain('Many MitID problems can be solved on the phone');
    });

    it('offers no call for a visit by another rule, nor when there is no hotline to call', async () => {
      const plain = await mitidTriage(t.http, { has_chip_id: false, has_cpr: true }, 'visit');
      const page = await visitor(t).get(`/vejledning/${plain}`).expect(200);
      expect(page.text).toContain('>Book tid<');
      expect(page.text).not.toContain('Ring mig op');

      const triage = await callbackTriage(t);
      await t.dataSource.query("UPDATE locations SET active = false WHERE code = 'HOTLINE'");
      try {
        const without = await visitor(t).get(`/vejledning/${triage}`).expect(200);
        expect(without.text).toContain('Vi kan hjælpe dig i telefonen');
        expect(without.text).not.toContain('Ring mig op');
      } finally {
        await t.dataSource.query("UPDATE locations SET active = true WHERE code = 'HOTLINE'");
      }
    });
  });

  describe('time picker', () => {
    it('shows the hotline’s call times under "Vælg hvornår vi skal ringe", back to the outcome', async () => {
      const triage = await callbackTriage(t);
      const [first] = await callTimes(t, triage, TUESDAY);
      const page = await visitor(t)
        .get(`${callbackPickerPath(triage)}&dag=${TUESDAY}`)
        .expect(200);
      expect(page.text).toContain('<title>Vælg hvornår vi skal ringe – Book tid – Borgerservice</title>');
      expect(page.text).toContain(`Opkaldet tager cirka ${CALL_MINUTES} minutter.`);
      expect(page.text).not.toContain('Vælg et andet sted');
      expect(page.text).toContain(`href="/vejledning/${triage}" class="back-link"`);
      expect(page.text).toContain(`value="${first}"`);

      const agent = visitor(t);
      const shown = await agent.get(`${callbackPickerPath(triage)}&dag=${TUESDAY}`).expect(200);
      const chosen = await submit(agent, shown.text, { tid: first }).expect(303);
      expect(chosen.headers.location).toBe(contactPath(triage, 'HOTLINE', first));
    });

    it('says so when the triage offers no call (a passport visit at the hotline)', async () => {
      await givenOffice(t, { errands: ['PAS_VOKSEN'] });
      const triage = await visitTriage(t.http, 'PAS_VOKSEN');
      const page = await visitor(t).get(callbackPickerPath(triage)).expect(422);
      expect(page.text).toContain('Dit ærinde kan ikke klares i telefonen');
      expect(page.text).toContain(`href="/vejledning/${triage}"`);
    });
  });

  describe('contact', () => {
    it('asks for the number to call first; the e-mail is optional', async () => {
      const triage = await callbackTriage(t);
      const [start] = await callTimes(t, triage, TUESDAY);
      const page = await visitor(t)
        .get(contactPath(triage, 'HOTLINE', start))
        .expect(200);
      expect(page.text).toContain('<label class="form-label" for="phone">Telefonnummer</label>');
      expect(page.text).toContain('<label class="form-label" for="email">E-mail (valgfrit)</label>');
      expect(page.text.indexOf('id="phone"')).toBeLessThan(page.text.indexOf('id="email"'));
      expect(textOf(page.text)).toContain(
        `Vi ringer til dig: ${momentForPeople(start, ZONE, 'da', new Date(NOW))}`,
      );
      expect(page.text).not.toContain(HOTLINE_ADDRESS);
    });

    it.each([
      [
        'no number at all',
        { name: 'Karen Jensen', phone: '' },
        ['phone: Skriv det telefonnummer, vi skal ringe til'],
      ],
      [
        'an e-mail but no number',
        { name: 'Karen Jensen', email: uniqueEmail(), phone: '' },
        ['phone: Skriv det telefonnummer, vi skal ringe til'],
      ],
      [
        'SMS without a number',
        { name: '', phone: '', sms: 'ja' },
        ['name: Skriv dit navn', 'phone: Skriv det telefonnummer, vi skal ringe til'],
      ],
      [
        'a number that is no Danish one',
        { name: 'Karen Jensen', phone: '+46 70 123 45 67' },
        ['phone: Skriv et dansk telefonnummer med 8 cifre, fx 12 34 56 78'],
      ],
    ])('refuses %s with the error summary, and books nothing', async (_, fields, expected) => {
      const triage = await callbackTriage(t);
      const [start] = await callTimes(t, triage, TUESDAY);
      const agent = visitor(t);
      const page = await agent.get(contactPath(triage, 'HOTLINE', start)).expect(200);
      const answer = await submit(agent, page.text, { email: '', ...fields }).expect(400);
      expect(errorSummary(answer.text)).toEqual(expected);
      expect(answer.text).toContain(
        '<title>Fejl: Dine kontaktoplysninger – Book tid – Borgerservice</title>',
      );
      expect(answer.text).toMatch(/id="phone-error"/);
      const [row] = await t.dataSource.query<{ count: number }[]>(
        'SELECT count(*)::int AS count FROM bookings WHERE triage_id = $1',
        [triage],
      );
      expect(row.count).toBe(0);
    });

    it('speaks English', async () => {
      const triage = await callbackTriage(t);
      const [start] = await callTimes(t, triage, TUESDAY);
      const agent = visitor(t);
      const page = await agent.get(contactPath(triage, 'HOTLINE', start, 'en')).expect(200);
      expect(page.text).toContain('Phone number');
      const answer = await submit(agent, page.text, { name: 'Karen', email: '', phone: '' }).expect(400);
      expect(errorSummary(answer.text)).toEqual(['phone: Enter the phone number we should call']);
    });
  });

  describe('check, book and receipt', () => {
    it('says "Vi ringer til dig på <nummer> <dag> kl. <tid>" before and after booking', async () => {
      const triage = await callbackTriage(t);
      const [start] = await callTimes(t, triage, TUESDAY);
      const moment = momentForPeople(start, ZONE, 'da', new Date(NOW));
      const agent = visitor(t);
      const phone = uniquePhone();
      const check = await toCheckPage(agent, contactPath(triage, 'HOTLINE', start), {
        name: 'Karen Jensen',
        phone,
      });
      expect(check).toContain(`Vi ringer til dig på ${phone} ${moment}.`);
      expect(check).toContain('Book opkaldet');
      expect(check).not.toContain(HOTLINE_ADDRESS);
      expect(formOf(check, 'book-form').fields).toMatchObject({ sted: 'HOTLINE', tid: start, phone });

      const booked = await submit(agent, check, {}, 'book-form').expect(303);
      const receiptPath = booked.headers.location as string;
      expect(receiptPath).toMatch(/^\/kvittering\/[A-Z0-9]{4}-[A-Z0-9]{4}\?token=[\w-]{43}$/);
      const receipt = await agent.get(receiptPath).expect(200);
      expect(receipt.text).toContain('Dit opkald er booket');
      expect(receipt.text).toContain(`Vi ringer til dig på ${phone} ${moment}`);
      expect(receipt.text).not.toContain('Husk at tage med');
      expect(receipt.text).not.toContain('QR-kode');
      expect(receipt.text).not.toContain(HOTLINE_ADDRESS);
      const reference = /\/kvittering\/([A-Z0-9-]+)\?/.exec(receiptPath)![1];
      const token = new URL(receiptPath, 'http://x').searchParams.get('token')!;
      expect(receipt.text).toContain(`href="/min-tid/${reference}?token=${token}"`);

      const ics = /href="(\/bookings\/[^"]+\/calendar\.ics\?token=[^"]+)"/.exec(receipt.text)![1];
      const calendar = await agent.get(decodeHtml(ics)).expect(200);
      const [event] = calendarEvents(calendar.text);
      expect(event.start.toISOString()).toBe(new Date(start).toISOString());

      const [row] = await t.dataSource.query<
        { station_id: string | null; code: string; citizen_phone: string }[]
      >(
        `SELECT b.station_id, l.code, b.citizen_phone FROM bookings b JOIN locations l ON l.id = b.location_id
         WHERE b.triage_id = $1`,
        [triage],
      );
      expect(row).toEqual({ station_id: null, code: 'HOTLINE', citizen_phone: phone });
    });

    it('books a call offered beside a visit, and speaks English on the receipt', async () => {
      const triage = await mitidTriage(t.http, VISIT_WITH_CALLBACK_ANSWERS, 'visit');
      const [start] = await callTimes(t, triage, TUESDAY);
      const agent = visitor(t);
      const phone = uniquePhone();
      const check = await toCheckPage(agent, contactPath(triage, 'HOTLINE', start, 'en'), {
        name: 'Karen Jensen',
        email: uniqueEmail(),
        phone,
      });
      const booked = await submit(agent, check, {}, 'book-form').expect(303);
      const receipt = await agent.get(booked.headers.location as string).expect(200);
      expect(receipt.text).toContain('Your call is booked');
      expect(receipt.text).toContain(
        `We will call you on ${phone} on ${momentForPeople(start, ZONE, 'en', new Date(NOW))}`,
      );
    });
  });

  describe('manage', () => {
    it('moves the call to another hotline time, then cancels it', async () => {
      const agent = visitor(t);
      const { receiptPath, start, phone } = await bookCallback(t, agent);
      const managePath = receiptPath.replace('/kvittering/', '/min-tid/');
      const manage = await agent.get(managePath).expect(200);
      expect(manage.text).toContain('<h1>Dit opkald</h1>');
      expect(manage.text).toContain(`Vi ringer til dig på ${phone}`);
      const changePath = decodeHtml(
        /href="(\/min-tid\/[^"]+\/flyt\?token=[^"]+)"[^>]*>Vælg en anden tid</.exec(manage.text)![1],
      );

      const picker = await agent.get(`${changePath}&dag=${TUESDAY}`).expect(200);
      expect(picker.text).toContain('<title>Vælg en anden tid – Book tid – Borgerservice</title>');
      const later = [...picker.text.matchAll(/name="tid" value="([^"]+)"/g)]
        .map(([, value]) => value)
        .find((value) => value !== start)!;
      const moved = await submit(agent, picker.text, { tid: later }).expect(303);
      const after = await agent.get(moved.headers.location as string).expect(200);
      expect(after.text).toContain('Dit opkald er flyttet');
      expect(after.text).toContain(
        `Vi ringer til dig på ${phone} ${momentForPeople(later, ZONE, 'da', new Date(NOW))}`,
      );

      const cancelPath = decodeHtml(
        /href="(\/min-tid\/[^"]+\/aflys\?token=[^"]+)"[^>]*>Aflys opkaldet</.exec(after.text)![1],
      );
      const confirm = await agent.get(cancelPath).expect(200);
      expect(confirm.text).toContain('Vil du aflyse opkaldet?');
      const done = await submit(agent, confirm.text).expect(303);
      const cancelled = await agent
        .get(done.headers.location as string)
        .set('Accept', BROWSER_ACCEPT)
        .expect(200);
      expect(cancelled.text).toContain('Dit opkald er aflyst');
      const [row] = await t.dataSource.query<{ status: string; starts_at: Date }[]>(
        'SELECT status, starts_at FROM bookings WHERE citizen_phone = $1',
        [phone],
      );
      expect(row).toEqual({ status: 'cancelled', starts_at: new Date(later) });
    });
  });
});
