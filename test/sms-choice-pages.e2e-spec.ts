import { randomInt } from 'node:crypto';
import { uniqueEmail } from './support/bookings.js';
import {
  contactPath,
  errorSummary,
  formOf,
  givenPassportOffice,
  NOW,
  submit,
  triageWithTimes,
  visitor,
  type Agent,
} from './support/booking-pages.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/*
 * "Send også besked på sms" on the contact step: the choice travels in POST bodies through the
 * check page to the booking (bookings.sms_reminders), and needs a mobile number.
 */

/** A Danish mobile number of its own: the per-contact limit counts numbers too. */
const uniquePhone = () => `2${String(randomInt(0, 10_000_000)).padStart(7, '0')}`;

async function contactPage(t: TestApp, agent: Agent, language?: 'en') {
  const { triage, starts } = await triageWithTimes(t, 'SMS');
  const page = await agent.get(contactPath(triage, 'SMS', starts[0], language)).expect(200);
  return { triage, page: page.text };
}

async function smsReminders(t: TestApp, triage: string): Promise<boolean[]> {
  const rows = await t.dataSource.query<{ sms_reminders: boolean }[]>(
    'SELECT sms_reminders FROM bookings WHERE triage_id = $1',
    [triage],
  );
  return rows.map((row) => row.sms_reminders);
}

describe('the choice of SMS on the booking pages', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    await givenPassportOffice(t, 'SMS');
  });
  afterAll(() => t.close());

  it('offers an unticked checkbox with its label and hint, in Danish and English', async () => {
    const danish = await contactPage(t, visitor(t));
    expect(danish.page).toMatch(
      /<input class="form-checkbox" type="checkbox" id="sms" name="sms" value="ja" aria-describedby="sms-hint">\s*<label for="sms">Send også besked på sms<\/label>\s*<span class="form-hint" id="sms-hint">Bekræftelse og påmindelse til dit mobilnummer<\/span>/,
    );
    const english = await contactPage(t, visitor(t), 'en');
    expect(english.page).toContain('<label for="sms">Also send messages by text message</label>');
  });

  it('books with SMS when the box is ticked and a mobile number given', async () => {
    const agent = visitor(t);
    const { triage, page } = await contactPage(t, agent);
    const phone = uniquePhone();
    const check = await submit(agent, page, { name: 'Karen Jensen', email: '', phone, sms: 'ja' }).expect(
      200,
    );
    expect(check.text).toContain('Du får også besked på sms');
    // The choice is carried in the forms' bodies, like the contact, never in a link.
    expect(formOf(check.text, 'book-form').fields).toMatchObject({ phone, sms: 'ja' });
    expect(formOf(check.text, 'change-contact').fields).toMatchObject({ sms: 'ja' });
    expect(check.text).not.toMatch(/href="[^"]*sms=/);
    const booked = await submit(agent, check.text, {}, 'book-form').expect(303);
    expect(booked.headers.location).toMatch(/^\/kvittering\//);
    expect(await smsReminders(t, triage)).toEqual([true]);
  });

  it('books without SMS when the box is left alone', async () => {
    const agent = visitor(t);
    const { triage, page } = await contactPage(t, agent);
    const check = await submit(agent, page, { name: 'Karen', email: '', phone: uniquePhone() }).expect(200);
    expect(check.text).not.toContain('besked på sms');
    expect(formOf(check.text, 'book-form').fields.sms).toBeUndefined();
    await submit(agent, check.text, {}, 'book-form').expect(303);
    expect(await smsReminders(t, triage)).toEqual([false]);
  });

  it('asks for the mobile number when the box is ticked without one, the box kept ticked', async () => {
    const agent = visitor(t);
    const { triage, page } = await contactPage(t, agent);
    const email = uniqueEmail();
    const answer = await submit(agent, page, { name: 'Karen', email, phone: '', sms: 'ja' }).expect(400);
    expect(errorSummary(answer.text)).toEqual([
      'phone: Skriv dit mobilnummer, hvis du vil have besked på sms',
    ]);
    expect(answer.text).toContain(
      '<span class="form-error-message" id="phone-error"><span class="sr-only">Fejl: </span>Skriv dit mobilnummer, hvis du vil have besked på sms</span>',
    );
    expect(answer.text).toMatch(
      /id="phone" name="phone" type="tel" value="" autocomplete="tel" aria-invalid="true"/,
    );
    expect(answer.text).toMatch(/id="sms" name="sms" value="ja" checked/);
    expect(answer.text).toContain(`value="${email}"`);
    expect(await smsReminders(t, triage)).toEqual([]);
  });

  it('says so in English on the English page', async () => {
    const agent = visitor(t);
    const { page } = await contactPage(t, agent, 'en');
    const answer = await submit(agent, page, {
      name: 'Karen',
      email: uniqueEmail(),
      phone: '',
      sms: 'ja',
    }).expect(400);
    expect(errorSummary(answer.text)).toEqual(['phone: Enter your mobile number if you want text messages']);
  });

  it('keeps the box ticked when the contact is changed from the check page', async () => {
    const agent = visitor(t);
    const { page } = await contactPage(t, agent);
    const check = await submit(agent, page, {
      name: 'Karen',
      email: '',
      phone: uniquePhone(),
      sms: 'ja',
    }).expect(200);
    const again = await submit(agent, check.text, {}, 'change-contact').expect(200);
    expect(again.text).toMatch(/id="sms" name="sms" value="ja" checked/);
  });

  it('refuses a confirm whose SMS choice lost its number on the way, with no booking', async () => {
    const agent = visitor(t);
    const { triage, page } = await contactPage(t, agent);
    const check = await submit(agent, page, {
      name: 'Karen',
      email: uniqueEmail(),
      phone: uniquePhone(),
      sms: 'ja',
    });
    const answer = await submit(agent, check.text, { phone: '' }, 'book-form').expect(400);
    expect(errorSummary(answer.text)).toEqual([
      'phone: Skriv dit mobilnummer, hvis du vil have besked på sms',
    ]);
    expect(await smsReminders(t, triage)).toEqual([]);
  });
});
