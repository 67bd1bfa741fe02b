import {
  BROWSER_ACCEPT,
  contactPath,
  decodeHtml,
  givenPassportOffice,
  NOW,
  submit,
  triageWithTimes,
  visitor,
} from './support/booking-pages.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** The language switch's link on a page. */
const switchHref = (html: string) =>
  decodeHtml(/<a class="function-link language-link" href="([^"]*)"/.exec(html)?.[1] ?? '');

/*
 * Pages that answer a POST (a form shown again with its errors, check your answers) cannot switch
 * language by their own URL, which holds no state: their switch leads to the GET of the same step,
 * with place and time but never a name or a contact.
 */
describe('the language switch on pages that answer a form', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    await givenPassportOffice(t, 'MAIN');
  });
  afterAll(() => t.close());

  it('leads from the check page to the contact step in English, without the personal data', async () => {
    const agent = visitor(t);
    const { triage, starts } = await triageWithTimes(t, 'MAIN');
    const contact = await agent.get(contactPath(triage, 'MAIN', starts[0])).set('Accept', BROWSER_ACCEPT);
    const check = await submit(agent, contact.text, { name: 'Karen Jensen', email: 'karen@example.dk' });
    expect(check.status).toBe(200);
    const href = switchHref(check.text);
    expect(href).toBe(contactPath(triage, 'MAIN', starts[0], 'en'));
    expect(href).not.toMatch(/Karen|karen/);
    const english = await agent.get(href).set('Accept', BROWSER_ACCEPT).expect(200);
    expect(english.text).toContain('<html lang="en">');
  });

  it('leads from the time page with an error to the same place and day', async () => {
    const agent = visitor(t);
    const { triage } = await triageWithTimes(t, 'MAIN');
    const page = await agent
      .get(`/book/${triage}/tid?sted=MAIN&dag=2026-12-01`)
      .set('Accept', BROWSER_ACCEPT);
    const refused = await submit(agent, page.text, {});
    expect(refused.status).toBe(400);
    expect(switchHref(refused.text)).toBe(`/book/${triage}/tid?sted=MAIN&dag=2026-12-01&lang=en`);
  });
});
