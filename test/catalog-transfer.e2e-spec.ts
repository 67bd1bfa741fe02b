import { jest } from '@jest/globals';
import request from 'supertest';
import { expectError, PARKING } from './support/admin.js';
import { asAdmin, CATALOG, countRows, errandFile, putBody, storedVersions } from './support/errand-admin.js';
import { givenAccount, givenStaff } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Under load (several suites on two cores) starting the app can take more than Jest's 5 s.
jest.setTimeout(60_000);

describe('catalog export and import', () => {
  let t: TestApp;
  let admin: ReturnType<typeof asAdmin>;
  let adminId: string;
  beforeAll(async () => {
    t = await createTestApp();
    const account = await givenAccount(t, 'admin');
    adminId = account.id;
    admin = asAdmin(t, await account.signIn());
  });
  afterAll(() => t.close());

  const unchanged = (codes: string[]) => codes.map((code) => ({ code, version: 1 }));

  it('exports every errand exactly as its data file, key order included', async () => {
    const res = await admin.get('/admin/catalog').expect(200);
    expect(res.body).toEqual(CATALOG);
    expect(JSON.stringify(res.body)).toBe(JSON.stringify(CATALOG));
  });

  it('takes the export back unchanged: no new versions (the whole catalog in one body)', async () => {
    const exported = (await admin.get('/admin/catalog').expect(200)).body as object[];
    expect(JSON.stringify(exported).length).toBeGreaterThan(64 * 1024);
    const before = await countRows(t, 'errand_versions');
    const res = await admin.post('/admin/catalog', exported).expect(200);
    expect(res.body).toEqual({ created: [], changed: [], unchanged: unchanged(CATALOG.map((e) => e.code)) });
    expect(await countRows(t, 'errand_versions')).toBe(before);
  });

  it('makes one new version for the one errand that changed, and creates a new one', async () => {
    const catalog = structuredClone(CATALOG);
    const flyt = catalog.find((errand) => errand.code === 'FLYT')!;
    flyt.rules[2] = { ...flyt.rules[2], outcome: 'elsewhere' };
    const parking = { code: 'PARKERING', ...PARKING };
    const res = await admin.post('/admin/catalog', [...catalog, parking]).expect(200);
    expect(res.body).toEqual({
      created: [{ code: 'PARKERING', version: 1 }],
      changed: [{ code: 'FLYT', version: 2 }],
      unchanged: unchanged(CATALOG.map((e) => e.code).filter((code) => code !== 'FLYT')),
    });
    expect(await storedVersions(t, 'FLYT')).toEqual([
      { version: 1, created_by: null },
      { version: 2, created_by: adminId },
    ]);
    const triage = await request(t.http)
      .post('/triage')
      .send({ errand: 'FLYT', answers: { has_mitid: true, moving_abroad: true } })
      .expect(201);
    expect(triage.body.outcome).toBe('elsewhere');
    const [audit] = await t.dataSource.query<{ actor_id: string }[]>(
      `SELECT actor_id FROM audit_events WHERE action = 'catalog.import'`,
    );
    expect(audit).toEqual({ actor_id: adminId });
  });

  it('changes nothing when one file is broken, and names every problem per errand and field', async () => {
    const before = await countRows(t, 'errand_versions');
    const good = { ...errandFile('ATTEST'), fee: { da: 'Ny pris', en: 'New price' } };
    const rules = errandFile('NEMKONTO').rules;
    rules[1] = { ...rules[1], when: [{ question: 'lost', equals: true }] };
    const brokenRules = { ...errandFile('NEMKONTO'), rules };
    const brokenShape = { ...errandFile('EHIC'), visitMinutes: '20', active: true };
    const res = await admin
      .post('/admin/catalog', [good, brokenRules, brokenShape])
      .set('Accept-Language', 'en');
    expectError(res, 400, 'INVALID_CATALOG');
    expect(res.body.details).toEqual({
      errands: [
        {
          index: 1,
          code: 'NEMKONTO',
          problems: [
            {
              field: 'rules[1].when[0].question',
              message: `rule "${rules[1].key}" refers to the unknown question "lost"`,
            },
          ],
        },
        {
          index: 2,
          code: 'EHIC',
          problems: [
            { field: 'active', message: '"active" does not belong in a catalog file' },
            { field: 'visitMinutes', message: expect.stringContaining('integer') as string },
          ],
        },
      ],
    });
    const danish = await admin.post('/admin/catalog', [brokenRules]);
    expect(danish.body.details.errands[0].problems[0].message).toBe(
      `reglen "${rules[1].key}" henviser til spørgsmålet "lost", som ikke findes`,
    );
    expect(await countRows(t, 'errand_versions')).toBe(before);
    expect((await admin.get('/admin/errands/ATTEST').expect(200)).body.definition.fee).toEqual(
      errandFile('ATTEST').fee,
    );
  });

  it('refuses what is not a list, and a code given twice', async () => {
    expectError(await admin.post('/admin/catalog', { errands: [] }), 400, 'INVALID_CATALOG');
    const twice = await admin.post('/admin/catalog', [errandFile('EHIC'), errandFile('EHIC')]);
    expectError(twice, 400, 'INVALID_CATALOG');
    expect(twice.body.details.errands).toEqual([
      { index: 1, code: 'EHIC', problems: [{ field: 'code', message: expect.any(String) as string }] },
    ]);
  });

  it('leaves an errand taken out of use out of the export', async () => {
    await admin.put('/admin/errands/PARKERING', { ...PARKING, active: false }).expect(200);
    const codes = ((await admin.get('/admin/catalog').expect(200)).body as { code: string }[]).map(
      (e) => e.code,
    );
    expect(codes).not.toContain('PARKERING');
    expect(codes).toContain('FLYT');
    await admin
      .put('/admin/errands/PARKERING', putBody({ code: 'PARKERING', ...PARKING } as never))
      .expect(200);
  });

  it('keeps the usual body limits on every other route', async () => {
    const answers = Object.fromEntries(Array.from({ length: 1200 }, (_, i) => [`k${i}`, true]));
    const wide = { errand: 'FLYT', answers };
    expect(Object.keys(wide.answers).length).toBeGreaterThan(1000);
    expectError(await request(t.http).post('/triage').send(wide), 400, 'MALFORMED_REQUEST');
  });

  it('is for admins only', async () => {
    await request(t.http).get('/admin/catalog').expect(401);
    const reception = await givenStaff(t, 'reception');
    expectError(
      await request(t.http).post('/admin/catalog').set('Authorization', reception).send([]),
      403,
      'ROLE_REQUIRED',
    );
  });
});
