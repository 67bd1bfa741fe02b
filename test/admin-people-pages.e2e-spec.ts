import { jest } from '@jest/globals';
import request from 'supertest';
import { AuditLog } from '../src/audit/audit-log.service.js';
import { OwnAdminAccessError } from '../src/auth/auth.errors.js';
import { type Agent, BROWSER_ACCEPT, errorSummary, formOf, NOW, submit } from './support/booking-pages.js';
import { givenAdviser, givenLocation, givenOffice } from './support/factories.js';
import { dayAway, mainText, submitAsShown, submitPairs, visitNow, visitWith } from './support/people.js';
import { open, signInOnPages, staffBrowser } from './support/staff-pages.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Building the app and its database takes seconds on a busy machine.
jest.setTimeout(30_000);

/*
 * The admin's people pages (/staff/admin/raadgivere, /medarbejdere, /log) with supertest. Today is
 * Wednesday 25 November 2026; each test's office is its own, open weekdays 09:00-16:00.
 */

const ADVISERS = '/staff/admin/raadgivere';
const STAFF = '/staff/admin/medarbejdere';
const LOG = '/staff/admin/log';

describe('admin people pages', () => {
  let t: TestApp;
  let admin: Agent;
  let adminId: string;

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    const signedIn = await staffBrowser(t, 'admin', { name: 'Ada Admin' });
    admin = signedIn.agent;
    adminId = signedIn.account.id;
  });
  afterAll(() => t.close());

  const page = (path: string) => open(admin, path);
  const auditActions = async (action: string) =>
    t.dataSource.query<{ objects: string[]; bookings: string[] }[]>(
      'SELECT objects, bookings FROM audit_events WHERE action = $1 AND actor_id = $2',
      [action, adminId],
    );

  describe('who may use them', () => {
    it('sends someone not signed in to the sign-in page', async () => {
      for (const path of [ADVISERS, STAFF, LOG]) {
        const res = await open(request.agent(t.http), path).expect(303);
        expect(res.headers.location).toBe(`/staff/log-ind?next=${encodeURIComponent(path)}`);
      }
    });

    it('refuses reception and advisers with 403, pages and forms alike', async () => {
      const office = await givenOffice(t);
      const adviser = office.adviserIds[0];
      for (const role of ['reception', 'adviser'] as const) {
        const { agent } = await staffBrowser(t, role, { locations: [office] });
        for (const path of [
          ADVISERS,
          `${ADVISERS}/${adviser}`,
          `${ADVISERS}/${adviser}/fravaer/ny`,
          STAFF,
          LOG,
        ])
          await open(agent, path).expect(403);
        const form = await page(`${ADVISERS}/${adviser}/fravaer/ny`).expect(200);
        const own = await open(agent, '/staff/adgangskode').expect(200);
        const csrf = formOf(own.text, 'sign-out-form').fields._csrf;
        await agent
          .post(formOf(form.text, 'absence-form').action)
          .type('form')
          .set('Accept', BROWSER_ACCEPT)
          .send({ _csrf: csrf, startDate: '2026-12-01', endDate: '2026-12-01', reason: 'Ferie' })
          .expect(403);
      }
      const absences = await t.dataSource.query('SELECT id FROM absences WHERE adviser_id = $1', [adviser]);
      expect(absences).toEqual([]);
    });

    it('refuses a form without its CSRF token with 403, and saves nothing', async () => {
      const office = await givenOffice(t);
      const adviser = office.adviserIds[0];
      const form = await page(`${ADVISERS}/${adviser}/fravaer/ny`).expect(200);
      const res = await admin
        .post(formOf(form.text, 'absence-form').action)
        .type('form')
        .set('Accept', BROWSER_ACCEPT)
        .send({ startDate: '2026-12-01', endDate: '2026-12-01', reason: 'Ferie' })
        .expect(403);
      expect(res.text).toContain('<html lang="da">');
      const absences = await t.dataSource.query('SELECT id FROM absences WHERE adviser_id = $1', [adviser]);
      expect(absences).toEqual([]);
      await admin.post(`${STAFF}/ny`).type('form').set('Accept', BROWSER_ACCEPT).send({}).expect(403);
    });

    it('answers an unknown adviser with a 404 page and a malformed id with 400', async () => {
      await page(`${ADVISERS}/8c6f2d4e-5b1a-4c3e-9d7f-0a1b2c3d4e5f`).expect(404);
      await page(`${ADVISERS}/nobody`).expect(400);
      await page(`${STAFF}/8c6f2d4e-5b1a-4c3e-9d7f-0a1b2c3d4e5f`).expect(404);
    });
  });

  describe('advisers', () => {
    it('lists advisers with their errands and places, and shows one with time and absences (audited)', async () => {
      const office = await givenOffice(t, { advisers: ['Signe Sand'], name: 'Borgerservice Sand' });
      const signe = office.adviserIds[0];
      await t.dataSource.query(
        `INSERT INTO absences (adviser_id, starts_at, ends_at, reason) VALUES ($1, $2, $3, 'Kursus')`,
        [signe, '2026-12-03T00:00:00+01:00', '2026-12-04T00:00:00+01:00'],
      );
      const list = mainText((await page(ADVISERS).expect(200)).text);
      expect(list).toContain('Signe Sand');
      expect(list).toContain('Nyt eller fornyet pas (voksen)');
      expect(list).toContain('Borgerservice Sand');
      expect(list).toMatch(/Signe Sand torsdag 3\. december \(hele dagen\)/);

      const one = await page(`${ADVISERS}/${signe}`).expect(200);
      const text = mainText(one.text);
      expect(text).toContain('mandag Borgerservice Sand 09.00–16.00 hele året');
      expect(text).toContain('torsdag 3. december (hele dagen) Kursus');
      expect(await auditActions('adviser.read')).toContainEqual({ objects: [signe], bookings: [] });
      const english = mainText((await page(`${ADVISERS}/${signe}?lang=en`).expect(200)).text);
      expect(english).toContain('Monday Borgerservice Sand 09:00–16:00 all year');
    });

    it('edits the working time: problems at the fields, then saved through the admin API', async () => {
      const office = await givenOffice(t);
      const other = await givenLocation(t, { name: 'Biblioteket' });
      const adviser = await givenAdviser(t, {
        works: [{ at: office, hours: [{ days: [1], from: '09:00', to: '12:00' }] }],
      });
      const path = `${ADVISERS}/${adviser}/arbejdstid`;
      const form = await page(path).expect(200);
      expect(formOf(form.text, 'working-times-form').action).toBe(path);

      const half = await submitAsShown(admin, form.text, 'working-times-form', {
        'r1-weekday': '2',
        'r1-location': other.code,
        'r1-starts': '10',
      }).expect(400);
      expect(errorSummary(half.text)).toEqual(['r1-ends: Skriv hvornår arbejdstiden slutter, fx 15:30']);
      expect(half.text).toContain('<title>Fejl: Ret arbejdstid');

      const reversed = await submitAsShown(admin, form.text, 'working-times-form', {
        'r1-weekday': '2',
        'r1-location': other.code,
        'r1-starts': '14',
        'r1-ends': '10',
      }).expect(400);
      expect(errorSummary(reversed.text)).toEqual(['r1-ends: Arbejdstiden skal slutte efter den begynder']);

      const overlap = await submitAsShown(admin, form.text, 'working-times-form', {
        'r1-weekday': '1',
        'r1-location': other.code,
        'r1-starts': '11',
        'r1-ends': '13',
      }).expect(400);
      expect(errorSummary(overlap.text)).toEqual([
        'r1-starts: Rækken overlapper en anden række samme ugedag: en rådgiver kan ikke være to steder på én gang',
      ]);

      const saved = await submitAsShown(admin, form.text, 'working-times-form', {
        'r1-weekday': '3',
        'r1-location': other.code,
        'r1-starts': '9.30',
        'r1-ends': '1400',
        'r1-validFrom': '2027-01-04',
      }).expect(303);
      expect(saved.headers.location).toBe(`${ADVISERS}/${adviser}?gemt=arbejdstid`);
      const rows = await t.dataSource.query(
        `SELECT weekday, to_char(starts, 'HH24:MI') AS starts, to_char(valid_from, 'YYYY-MM-DD') AS "validFrom"
         FROM working_times WHERE adviser_id = $1 ORDER BY weekday`,
        [adviser],
      );
      expect(rows).toEqual([
        { weekday: 1, starts: '09:00', validFrom: null },
        { weekday: 3, starts: '09:30', validFrom: '2027-01-04' },
      ]);
      expect(mainText((await page(saved.headers.location as string).expect(200)).text)).toContain(
        'Arbejdstiden er gemt.',
      );
      expect(await auditActions('adviser.working-times')).toContainEqual({
        objects: [adviser],
        bookings: [],
      });
    });

    it('lists the visits a working-time change would hit, and cancels them only with a reason', async () => {
      const office = await givenOffice(t, { advisers: ['Rikke', 'Rasmus'] });
      const [rikke] = office.adviserIds;
      const visit = await visitWith(t, office, rikke, '2026-12-01T10:00:00+01:00');
      const path = `${ADVISERS}/${rikke}/arbejdstid`;
      const form = await page(path).expect(200);
      // Only Monday left: Tuesday's visit would be outside the working time.
      const fields: Record<string, string> = {};
      for (const day of [1, 2, 3, 4])
        for (const f of ['weekday', 'location', 'starts', 'ends']) fields[`r${day}-${f}`] = '';
      const hit = await submitAsShown(admin, form.text, 'working-times-form', fields).expect(409);
      expect(mainText(hit.text)).toContain('Ændringen rammer 1 booket besøg');
      expect(mainText(hit.text)).toContain(visit.reference);
      const noReason = await submitAsShown(admin, hit.text, 'working-times-form', {
        ...fields,
        step: 'aflys',
        cancelConfirm: 'ja',
      }).expect(400);
      expect(errorSummary(noReason.text)).toEqual(['cancelReason: Skriv en begrundelse for aflysningen']);
      await submitAsShown(admin, noReason.text, 'working-times-form', {
        ...fields,
        step: 'aflys',
        cancelConfirm: 'ja',
        cancelReason: 'Rådgiveren er gået ned i tid',
      }).expect(303);
      expect(await visitNow(t, visit)).toMatchObject({ status: 'cancelled' });
    });
  });

  describe('absences', () => {
    it('records an absence: problems at the fields first, then the visits move to a colleague', async () => {
      const office = await givenOffice(t, { advisers: ['Mia Syg', 'Niels Kollega'] });
      const [mia, niels] = office.adviserIds;
      const visit = await visitWith(t, office, mia, '2026-12-01T11:00:00+01:00');
      const form = await page(`${ADVISERS}/${mia}/fravaer/ny`).expect(200);
      expect(form.text).toContain('value="2026-11-25"');

      const empty = await submit(
        admin,
        form.text,
        { startDate: '', endDate: '2026-02-30', startTime: '25', reason: ' ' },
        'absence-form',
      ).expect(400);
      expect(errorSummary(empty.text)).toEqual([
        'startDate: Skriv en dato som 2026-12-03',
        'startTime: Skriv et klokkeslæt som 09:00, eller lad feltet stå tomt',
        'endDate: Skriv en dato, der findes, som 2026-12-03',
        'reason: Skriv en årsag til fraværet',
      ]);
      const reversed = await submit(
        admin,
        form.text,
        { startDate: '2026-12-02', endDate: '2026-12-01', reason: 'Syg' },
        'absence-form',
      ).expect(400);
      expect(errorSummary(reversed.text)).toEqual(['endDate: Fraværet skal slutte efter det begynder']);
      expect(await t.dataSource.query('SELECT id FROM absences WHERE adviser_id = $1', [mia])).toEqual([]);

      const done = await submit(
        admin,
        form.text,
        { startDate: '2026-12-01', endDate: '2026-12-01', reason: 'Sygdom' },
        'absence-form',
      ).expect(303);
      const location = done.headers.location as string;
      expect(location).toMatch(
        new RegExp(`^${ADVISERS}/${mia}/fravaer/[0-9a-f-]{36}\\?ny=1&flyttet=1&tilbage=0$`),
      );
      expect((await visitNow(t, visit)).adviserId).toBe(niels);
      const result = mainText((await page(location).expect(200)).text);
      expect(result).toContain('Fraværet er registreret. 1 besøg er flyttet til en kollega.');
      expect(result).toContain('Mia Syg');
      expect(result).toMatch(
        new RegExp(
          `tirsdag 1\\. december kl\\. 11\\.00 ${visit.reference} Nyt eller fornyet pas \\(voksen\\) .* Niels Kollega`,
        ),
      );
      expect(result).toContain('Der er ingen besøg tilbage hos rådgiveren i perioden.');
      const absenceId = /fravaer\/([0-9a-f-]{36})/.exec(location)![1];
      expect(await auditActions('absence.create')).toContainEqual({
        objects: [mia, absenceId],
        bookings: [visit.reference],
      });
    });

    it('lists visits nobody could take; cancelling them needs a reason; the absence can be deleted', async () => {
      const office = await givenOffice(t, { advisers: ['Ole', 'Pia'], stations: 2 });
      const [ole, pia] = office.adviserIds;
      const start = '2026-12-02T13:00:00+01:00';
      const stuck = await visitWith(t, office, ole, start);
      await visitWith(t, office, pia, start);
      const form = await page(`${ADVISERS}/${ole}/fravaer/ny`).expect(200);
      const done = await submit(
        admin,
        form.text,
        {
          startDate: '2026-12-02',
          startTime: '12',
          endDate: '2026-12-02',
          endTime: '16:00',
          reason: 'Tandlæge',
        },
        'absence-form',
      ).expect(303);
      const absencePage = await page(done.headers.location as string).expect(200);
      const text = mainText(absencePage.text);
      expect(text).toContain('1 besøg kunne ikke flyttes.');
      expect(text).toContain('onsdag 2. december kl. 12.00–16.00');
      expect(text).toContain(`Kunne ikke flyttes Ingen kollega`);
      expect(text).toContain(stuck.reference);

      const again = await submit(admin, absencePage.text, {}, 'move-again-form').expect(303);
      expect(again.headers.location).toContain('igen=1&tilbage=1');

      const noReason = await submit(admin, absencePage.text, { reason: '  ' }, 'cancel-left-form').expect(
        400,
      );
      expect(errorSummary(noReason.text)).toEqual(['reason: Skriv en begrundelse for aflysningen']);
      expect((await visitNow(t, stuck)).status).toBe('booked');
      const cancelled = await submit(
        admin,
        noReason.text,
        { reason: 'Rådgiveren er syg' },
        'cancel-left-form',
      ).expect(303);
      expect(cancelled.headers.location).toContain('aflyst=1');
      expect(mainText((await page(cancelled.headers.location as string).expect(200)).text)).toContain(
        '1 besøg er aflyst.',
      );
      expect(await visitNow(t, stuck)).toMatchObject({ status: 'cancelled' });

      const after = await page(done.headers.location as string).expect(200);
      const deleted = await submit(admin, after.text, {}, 'delete-absence-form').expect(303);
      expect(deleted.headers.location).toBe(`${ADVISERS}/${ole}?slettet=fravaer`);
      expect(await t.dataSource.query('SELECT id FROM absences WHERE adviser_id = $1', [ole])).toEqual([]);
      await page(done.headers.location as string).expect(404);
    });

    it('does not show another adviser’s absence under this adviser', async () => {
      const one = await givenAdviser(t);
      const other = await givenAdviser(t, { absences: [dayAway('2026-12-09')] });
      const [{ id }] = await t.dataSource.query<{ id: string }[]>(
        'SELECT id FROM absences WHERE adviser_id = $1',
        [other],
      );
      await page(`${ADVISERS}/${one}/fravaer/${id}`).expect(404);
      await page(`${ADVISERS}/${other}/fravaer/${id}`).expect(200);
    });
  });

  describe('staff accounts', () => {
    it('creates an account: problems at the fields, a taken e-mail, then the one-time password once', async () => {
      const office = await givenLocation(t, { name: 'Rådhuset' });
      const form = await page(`${STAFF}/ny`).expect(200);
      const empty = await submitPairs(admin, form.text, 'account-form', [
        ['email', 'ikke-en-adresse'],
        ['name', ''],
      ]).expect(400);
      expect(errorSummary(empty.text)).toEqual([
        'email: Skriv en e-mailadresse som navn@kommune.dk',
        'name: Skriv medarbejderens navn',
        'roles: Vælg mindst én rolle',
      ]);
      const taken = await submitPairs(admin, form.text, 'account-form', [
        [
          'email',
          (await t.dataSource.query<{ email: string }[]>('SELECT email FROM staff_accounts LIMIT 1'))[0]
            .email,
        ],
        ['name', 'Dorte Dublet'],
        ['roles', 'reception'],
      ]).expect(400);
      expect(errorSummary(taken.text)).toEqual(['email: Der findes allerede en konto med den e-mailadresse']);

      const created = await submitPairs(admin, form.text, 'account-form', [
        ['email', 'karin.kvist@test.invalid'],
        ['name', 'Karin Kvist'],
        ['roles', 'reception'],
        ['roles', 'adviser'],
        ['locations', office.code],
      ]).expect(200);
      const password = /<code>([^<]+)<\/code>/.exec(created.text)?.[1];
      expect(password).toMatch(/\S{12,}/);
      expect(mainText(created.text)).toContain('Den vises kun denne ene gang.');
      const [account] = await t.dataSource.query<{ id: string; roles: string[] }[]>(
        `SELECT id, roles FROM staff_accounts WHERE email = 'karin.kvist@test.invalid'`,
      );
      expect(account.roles.sort()).toEqual(['adviser', 'reception']);
      expect(await auditActions('staff.create')).toContainEqual({ objects: [account.id], bookings: [] });

      // Karin signs in with it and is asked for a new password.
      const karin = request.agent(t.http);
      await signInOnPages(karin, { email: 'karin.kvist@test.invalid', password: password! });
      expect((await open(karin, '/staff/reception').expect(303)).headers.location).toBe('/staff/adgangskode');

      const list = mainText((await page(STAFF).expect(200)).text);
      expect(list).toContain(
        'Karin Kvist karin.kvist@test.invalid Reception, Rådgiver Rådhuset Aktiv. Skal skifte engangsadgangskode',
      );
    });

    it('changes roles, deactivates and reactivates, resets the password; never the own admin access', async () => {
      const { account } = await staffBrowser(t, 'reception', { name: 'Bent Bruger' });
      const path = `${STAFF}/${account.id}`;
      const accountPage = await page(path).expect(200);
      const saved = await submitPairs(admin, accountPage.text, 'account-form', [
        ['name', 'Bent Bruger'],
        ['roles', 'admin'],
      ]).expect(303);
      expect(saved.headers.location).toBe(`${path}?besked=gemt`);
      expect(mainText((await page(saved.headers.location as string).expect(200)).text)).toContain(
        'Kontoen er gemt. Bent Bruger',
      );

      const off = await submit(admin, (await page(path)).text, {}, 'status-form').expect(303);
      expect(off.headers.location).toBe(`${path}?besked=deaktiveret`);
      const [row] = await t.dataSource.query<{ active: boolean }[]>(
        'SELECT active FROM staff_accounts WHERE id = $1',
        [account.id],
      );
      expect(row.active).toBe(false);
      const on = await submit(admin, (await page(path)).text, {}, 'status-form').expect(303);
      expect(on.headers.location).toBe(`${path}?besked=genaktiveret`);

      const reset = await submit(admin, (await page(path)).text, {}, 'reset-form').expect(200);
      expect(reset.text).toMatch(/<code>[^<]{12,}<\/code>/);

      const own = await page(`${STAFF}/${adminId}`).expect(200);
      const refused = await submit(admin, own.text, {}, 'status-form').expect(409);
      expect(errorSummary(refused.text)).toEqual([`status-submit: ${new OwnAdminAccessError().messages.da}`]);
    });
  });

  describe('audit log', () => {
    it('lists events newest first, filters by action, account and days, and pages by 50', async () => {
      const audit = t.app.get(AuditLog);
      const { account } = await staffBrowser(t, 'reception', { name: 'Logan Logger' });
      for (let i = 0; i < 55; i++) await audit.record(account.id, 'test.paged', { objects: [`obj-${i}`] });
      const first = await page(`${LOG}?handling=test.paged&konto=${account.id}`).expect(200);
      const text = mainText(first.text);
      expect(text).toContain('55 hændelser');
      expect(text).toContain('Side 1 af 2');
      expect(text).toContain('Logan Logger');
      const next = /href="([^"]*side=2[^"]*)"/.exec(first.text)?.[1];
      expect(next).toBeDefined();
      const second = await page(next!.replace(/&amp;/g, '&')).expect(200);
      expect((second.text.match(/<time /g) ?? []).length).toBe(5);
      expect(mainText(second.text)).toContain('Side 2 af 2');

      const none = await page(`${LOG}?handling=test.paged&fra=2026-11-26`).expect(200);
      expect(mainText(none.text)).toContain('0 hændelser');
      const today = await page(`${LOG}?handling=test.paged&fra=2026-11-25&til=2026-11-25`).expect(200);
      expect(mainText(today.text)).toContain('55 hændelser');
      expect(first.text).toContain('<option value="test.paged" selected>test.paged</option>');
    });

    it('shows a malformed filter in the error summary at its field', async () => {
      const res = await page(`${LOG}?fra=2026-02-30&til=2026-01-01&konto=nobody`).expect(400);
      expect(errorSummary(res.text)).toEqual([
        'fra: Skriv en dato, der findes, som 2026-12-03',
        'konto: Vælg en medarbejder fra listen',
      ]);
      const reversed = await page(`${LOG}?fra=2026-12-02&til=2026-12-01`).expect(400);
      expect(errorSummary(reversed.text)).toEqual(['til: Til-datoen må ikke ligge før fra-datoen']);
    });
  });
});
