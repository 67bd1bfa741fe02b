import { jest } from '@jest/globals';
import { BROWSER_ACCEPT, decodeHtml, errorSummary, formOf, submit } from './support/booking-pages.js';
import { countRows, errandFile, storedVersions } from './support/errand-admin.js';
import { open, staffBrowser } from './support/staff-pages.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Under load (several suites on two cores) starting the app can take more than Jest's 5 s.
jest.setTimeout(60_000);

const ERRANDS = '/staff/admin/aerinder';
const text = (html: string) => decodeHtml(html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '));

describe('the admin’s errand pages', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof staffBrowser>>['agent'];
  beforeAll(async () => {
    t = await createTestApp();
    ({ agent: admin } = await staffBrowser(t, 'admin'));
  });
  afterAll(() => t.close());

  /** The rules form of an errand with `json` typed into the textarea. */
  const postRules = async (
    code: string,
    json: string,
    status: number,
    fields: Record<string, string> = {},
  ) => {
    const form = await open(admin, `${ERRANDS}/${code}/regler`).expect(200);
    return submit(admin, form.text, { json, ...fields }, 'errand-section-form').expect(status);
  };

  it('lists the errands with code, version and outcome types', async () => {
    const res = await open(admin, ERRANDS).expect(200);
    expect(res.text).toContain('<title>Ærinder – Medarbejdere – Borgerservice</title>');
    expect(text(res.text)).toContain('Meld flytning Kode: FLYT Version 1 Udfald: Besøg, Selvbetjening');
  });

  it('shows an errand with its questions, options and rules in words', async () => {
    const res = await open(admin, `${ERRANDS}/FLYT`).expect(200);
    const page = text(res.text);
    expect(page).toContain('Hvis : Har du MitID? – Nej');
    expect(page).toContain('Ellers (alle andre svar)');
    expect(page).toContain('Meld flytning på borger.dk');
    for (const link of ['/spoergsmaal', '/selvbetjening', '/regler', '/historik', '/proev'])
      expect(res.text).toContain(`href="${ERRANDS}/FLYT${link}"`);
    expect(page).toContain('Telefonhjælp Ingen – et opkald fra hotlinen tilbydes ikke');
  });

  it('says what phone help an errand has, and shows a rule that offers a call', async () => {
    const page = text((await open(admin, `${ERRANDS}/MITID_NY`).expect(200)).text);
    expect(page).toContain('Telefonhjælp Opkald på 20 minutter: Mange MitID-problemer kan løses i telefonen');
    expect(page).toContain('Opkald fra hotlinen');
    expect(page).toContain('Besøg eller et opkald fra hotlinen');
  });

  it('shows a broken rule in an error summary that links to the field, with its path, and saves nothing', async () => {
    const rules = errandFile('FLYT').rules;
    rules[2].when = [{ question: 'lost', equals: true }];
    const res = await postRules('FLYT', JSON.stringify(rules), 400);
    expect(res.text).toContain('<title>Fejl: Ret regler: Meld flytning');
    expect(errorSummary(res.text)).toEqual([
      'rules-json: rules[2].when[0].question: reglen "abroad" henviser til spørgsmålet "lost", som ikke findes',
    ]);
    expect(res.text).toMatch(
      /<textarea[^>]*id="rules-json"[^>]*aria-describedby="rules-json-hint rules-json-error"/,
    );
    expect(res.text).toContain('&quot;lost&quot;');
    expect(await storedVersions(t, 'FLYT')).toHaveLength(1);
  });

  it('refuses rules nested too deep, or of the wrong shape, at the field, without a 500', async () => {
    const deep = await postRules('FLYT', `${'['.repeat(1500)}${']'.repeat(1500)}`, 400);
    expect(errorSummary(deep.text)).toEqual([
      'rules-json: Teksten er indlejret for dybt (højst 32 niveauer)',
    ]);
    const notObjects = await postRules('FLYT', '[[]]', 400);
    expect(errorSummary(notObjects.text).length).toBeGreaterThan(0);
    expect(await storedVersions(t, 'FLYT')).toHaveLength(1);
  });

  it('says where JSON is broken, and when the errand changed meanwhile', async () => {
    const broken = await postRules('FLYT', '[\n  {"key": "x",\n  }\n]', 400);
    expect(errorSummary(broken.text)[0]).toMatch(
      /^rules-json: Teksten er ikke gyldig JSON \(linje 3, tegn 3\)/,
    );
    const stale = await postRules('FLYT', JSON.stringify(errandFile('FLYT').rules), 400, { version: '0' });
    expect(errorSummary(stale.text)[0]).toContain('Ærindet er ændret, siden du åbnede siden (nu version 1)');
  });

  it('saves a changed rule as a new version, shows it in the history with what changed, and audits it', async () => {
    const rules = errandFile('FLYT').rules;
    rules[2] = { ...rules[2], outcome: 'elsewhere' };
    const saved = await postRules('FLYT', JSON.stringify(rules), 303);
    expect(saved.headers.location).toBe(`${ERRANDS}/FLYT?gemt=2`);
    expect(text((await open(admin, saved.headers.location).expect(200)).text)).toContain(
      'Gemt som version 2.',
    );

    const history = text((await open(admin, `${ERRANDS}/FLYT/historik`).expect(200)).text);
    expect(history).toContain('Version 2 (nuværende)');
    expect(history).toContain('Regler: ændret abroad (outcome)');
    expect(history).toContain('Version 1');
    expect(history).toMatch(/indlæst fra datafil/);

    const version = text((await open(admin, `${ERRANDS}/FLYT/historik/2`).expect(200)).text);
    expect(version).toContain('Ændret: abroad');
    expect(version).toMatch(/Før Hvis Flytter du til eller fra udlandet\? – Ja → Besøg/);
    expect(version).toMatch(/Efter Hvis Flytter du til eller fra udlandet\? – Ja → Anden myndighed/);
    const [audit] = await t.dataSource.query<{ objects: string[] }[]>(
      `SELECT objects FROM audit_events WHERE action = 'errand.put'`,
    );
    expect(audit.objects[0]).toBe('FLYT');
  });

  it('makes no version when the rules are saved as they are', async () => {
    const form = await open(admin, `${ERRANDS}/PAS_VOKSEN/regler`).expect(200);
    const json = decodeHtml(/<textarea[^>]*>([\s\S]*?)<\/textarea>/.exec(form.text)![1]);
    const res = await submit(admin, form.text, { json }, 'errand-section-form').expect(303);
    expect(res.headers.location).toBe(`${ERRANDS}/PAS_VOKSEN?uaendret=1`);
    expect(await storedVersions(t, 'PAS_VOKSEN')).toHaveLength(1);
  });

  it('runs the rules in the preview without storing a triage', async () => {
    const before = await countRows(t, 'triage_sessions');
    const form = await open(admin, `${ERRANDS}/FLYT/proev`).expect(200);
    expect(formOf(form.text, 'errand-preview-form').action).toBe(`${ERRANDS}/FLYT/proev`);
    const shown = await open(admin, `${ERRANDS}/FLYT/proev?vis=1&svar-has_mitid=ja&svar-moving_abroad=nej`);
    expect(text(shown.text)).toContain('Udfald: Selvbetjening');
    expect(text(shown.text)).toContain('Afgjort af reglen online');
    const missing = await open(admin, `${ERRANDS}/FLYT/proev?vis=1&svar-has_mitid=ja`).expect(400);
    expect(errorSummary(missing.text)).toEqual([
      'svar-moving_abroad: Vælg et svar: spørgsmålet skal besvares',
    ]);
    expect(await countRows(t, 'triage_sessions')).toBe(before);
  });

  it('speaks English with ?lang=en', async () => {
    const res = await open(admin, `${ERRANDS}/FLYT/historik?lang=en`).expect(200);
    expect(text(res.text)).toContain('Rules: changed abroad (outcome)');
  });

  it('refuses a form without its CSRF token with 403, and saves nothing', async () => {
    const res = await admin
      .post(`${ERRANDS}/FLYT/regler`)
      .type('form')
      .set('Accept', BROWSER_ACCEPT)
      .send({ json: '[]', version: '2' })
      .expect(403);
    expect(res.text).toContain('Formularen er udløbet');
    expect(await storedVersions(t, 'FLYT')).toHaveLength(2);
  });

  it('is for admins only: reception gets 403 on the pages and the forms', async () => {
    const { agent: reception } = await staffBrowser(t, 'reception');
    await open(reception, ERRANDS).expect(403);
    await open(reception, `${ERRANDS}/FLYT/proev`).expect(403);
    const own = await open(reception, '/staff/adgangskode').expect(200);
    const csrf = formOf(own.text, 'sign-out-form').fields._csrf;
    await reception
      .post(`${ERRANDS}/FLYT/regler`)
      .type('form')
      .set('Accept', BROWSER_ACCEPT)
      .send({ _csrf: csrf, json: '[]', version: '2' })
      .expect(403);
    expect(await storedVersions(t, 'FLYT')).toHaveLength(2);
  });

  it('answers 404 for an unknown errand, section or version', async () => {
    await open(admin, `${ERRANDS}/NOPE`).expect(404);
    await open(admin, `${ERRANDS}/FLYT/farver`).expect(404);
    await open(admin, `${ERRANDS}/FLYT/historik/9`).expect(404);
    await open(admin, `${ERRANDS}/FLYT/historik/x`).expect(404);
  });
});
