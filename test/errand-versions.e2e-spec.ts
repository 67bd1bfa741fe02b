import { jest } from '@jest/globals';
import request from 'supertest';
import { DEFINITION_OF_ERRAND } from '../migrations/1795800100000-ErrandVersions.js';
import { canonicalDefinition } from '../src/errands/versions/canonical-definition.js';
import { TriageService } from '../src/errands/triage.service.js';
import { toTriageAnswersView } from '../src/web/staff/shared/triage-answers.view.js';
import { expectError } from './support/admin.js';
import { asAdmin, CATALOG, countRows, errandFile, putBody, storedVersions } from './support/errand-admin.js';
import { givenAccount, givenStaff } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Under load (several suites on two cores) starting the app can take more than Jest's 5 s.
jest.setTimeout(60_000);

const NOW = '2026-11-25T09:00:00+01:00';

describe('errand versions', () => {
  let t: TestApp;
  let admin: ReturnType<typeof asAdmin>;
  let adminId: string;
  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    const account = await givenAccount(t, 'admin');
    adminId = account.id;
    admin = asAdmin(t, await account.signIn());
  });
  afterAll(() => t.close());

  const triage = (errand: string, answers: Record<string, boolean>) =>
    request(t.http).post('/triage').send({ errand, answers }).expect(201);

  it('starts every errand of the catalog at version 1, saved by nobody', async () => {
    const rows = await t.dataSource.query<{ code: string; version: number; versions: number }[]>(
      `SELECT e.code, e.version, count(v.*)::int AS versions
       FROM errands e JOIN errand_versions v ON v.errand_id = e.id GROUP BY e.id ORDER BY e.code`,
    );
    expect(rows).toEqual(CATALOG.map((errand) => ({ code: errand.code, version: 1, versions: 1 })));
    expect(await storedVersions(t, 'FLYT')).toEqual([{ version: 1, created_by: null }]);
  });

  it('the migration writes existing errands in the data-file format, exactly as the files are', async () => {
    const rows = await t.dataSource.query<{ definition: never }[]>(
      `SELECT ${DEFINITION_OF_ERRAND} AS definition FROM errands e ORDER BY e.code`,
    );
    // The migration predates phone help (HotlineCallbacks1796000000000): it writes each errand
    // without it, exactly as the files were then.
    const withoutPhoneHelp = CATALOG.map(({ phoneHelp: _phone, ...errand }) => ({
      ...errand,
      rules: errand.rules.map(({ callback: _callback, ...rule }) => rule),
    }));
    expect(rows.map((row) => canonicalDefinition(row.definition))).toEqual(withoutPhoneHelp);
  });

  it('makes no version when the same definition is saved again', async () => {
    const before = await countRows(t, 'errand_versions');
    await admin.put('/admin/errands/LAEGE_SKIFT', putBody(errandFile('LAEGE_SKIFT'))).expect(200);
    await admin.put('/admin/errands/LAEGE_SKIFT', putBody(errandFile('LAEGE_SKIFT'))).expect(200);
    expect(await countRows(t, 'errand_versions')).toBe(before);
    expect((await admin.get('/admin/errands/LAEGE_SKIFT').expect(200)).body.version).toBe(1);
  });

  it('answers rules, questions or options that are not objects 400, never 500, and saves nothing', async () => {
    const before = await countRows(t, 'errand_versions');
    const file = putBody(errandFile('LAEGE_SKIFT'));
    for (const broken of [
      { rules: [[]] },
      { questions: [1] },
      { selfService: ['x'] },
      { rules: [{ ...file.rules[0], when: [[]] }] },
    ]) {
      const res = await admin.put('/admin/errands/LAEGE_SKIFT', { ...file, ...broken }).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      await admin
        .post('/admin/errands/LAEGE_SKIFT/preview', { answers: {}, definition: { ...file, ...broken } })
        .expect(400);
    }
    const imported = await admin
      .post('/admin/catalog', [{ ...errandFile('LAEGE_SKIFT'), rules: [[]] }])
      .expect(400);
    expect(imported.body.code).toBe('INVALID_CATALOG');
    expect(await countRows(t, 'errand_versions')).toBe(before);
  });

  it('keeps the version that decided a triage after the rules change; staff read that version’s questions', async () => {
    const old = await triage('FLYT', { has_mitid: false, moving_abroad: false });
    const edited = errandFile('FLYT');
    edited.questions[0].text = { da: 'Har du MitID eller NemID?', en: 'Do you have MitID or NemID?' };
    edited.rules[1] = { ...edited.rules[1], outcome: 'elsewhere' };
    await admin.put('/admin/errands/FLYT', putBody(edited)).expect(200);

    const fresh = await triage('FLYT', { has_mitid: false, moving_abroad: false });
    expect(fresh.body.outcome).toBe('elsewhere');
    const versions = await t.dataSource.query<{ id: string; errand_version: number }[]>(
      'SELECT id, errand_version FROM triage_sessions WHERE id IN ($1, $2)',
      [old.body.id, fresh.body.id],
    );
    expect(Object.fromEntries(versions.map((row) => [row.id, row.errand_version]))).toEqual({
      [old.body.id]: 1,
      [fresh.body.id]: 2,
    });

    const triages = t.app.get(TriageService);
    const oldView = toTriageAnswersView(await triages.findById(old.body.id as string), 'da');
    expect(oldView.answers[0]).toEqual({ question: 'Har du MitID?', answer: 'no' });
    expect(oldView.reason).toBe(old.body.reason);
    const freshView = toTriageAnswersView(await triages.findById(fresh.body.id as string), 'da');
    expect(freshView.answers[0].question).toBe('Har du MitID eller NemID?');
  });

  it('shows the history: who saved each version, when, and what changed', async () => {
    expect(await storedVersions(t, 'FLYT')).toEqual([
      { version: 1, created_by: null },
      { version: 2, created_by: adminId },
    ]);
    const history = await admin.get('/admin/errands/FLYT/versions').set('Accept-Language', 'en').expect(200);
    expect(history.body).toEqual([
      {
        version: 2,
        createdAt: new Date(NOW).toISOString(),
        createdBy: adminId,
        summary: ['Questions: changed has_mitid (text)', 'Rules: changed no-mitid (outcome)'],
        changes: expect.objectContaining({
          rules: {
            added: [],
            removed: [],
            changed: [{ key: 'no-mitid', fields: ['outcome'] }],
            reordered: false,
          },
          fields: [],
        }) as object,
      },
      expect.objectContaining({ version: 1, createdBy: null, summary: ['First version'] }),
    ]);
    const two = await admin.get('/admin/errands/FLYT/versions/2').expect(200);
    expect(two.body.definition.rules[1].outcome).toBe('elsewhere');
    expect(two.body.summary).toEqual([
      'Spørgsmål: ændret has_mitid (text)',
      'Regler: ændret no-mitid (outcome)',
    ]);
    const one = await admin.get('/admin/errands/FLYT/versions/1').expect(200);
    expect(one.body.definition).toEqual(errandFile('FLYT'));
  });

  it('answers an unknown version 404 and a version that is no number 400', async () => {
    expectError(await admin.get('/admin/errands/FLYT/versions/9'), 404, 'ERRAND_VERSION_NOT_FOUND');
    expectError(await admin.get('/admin/errands/FLYT/versions/to'), 400, 'VALIDATION_FAILED', {
      fields: ['version'],
    });
    expectError(await admin.get('/admin/errands/NOPE/versions'), 404, 'ERRAND_NOT_FOUND');
  });

  it('lists every errand with its current version and outcomes, also one taken out of use', async () => {
    await admin.put('/admin/errands/EHIC', { ...putBody(errandFile('EHIC')), active: false }).expect(200);
    const list = await admin.get('/admin/errands').expect(200);
    expect(list.body).toHaveLength(CATALOG.length);
    const byCode = new Map((list.body as { code: string }[]).map((item) => [item.code, item]));
    expect(byCode.get('FLYT')).toMatchObject({ version: 2, active: true, name: 'Meld flytning' });
    expect(byCode.get('EHIC')).toMatchObject({ version: 1, active: false });
    expect(byCode.get('PAS_VOKSEN')).toMatchObject({ outcomes: ['visit'] });
    const current = await admin.get('/admin/errands/ehic').expect(200);
    expect(current.body).toMatchObject({ version: 1, active: false, definition: errandFile('EHIC') });
    await admin.put('/admin/errands/EHIC', putBody(errandFile('EHIC'))).expect(200);
  });

  it('makes a version for a change of the fee too, and says so', async () => {
    const edited = { ...errandFile('ATTEST'), fee: { da: '200 kr.', en: 'DKK 200' } };
    await admin.put('/admin/errands/ATTEST', putBody(edited)).expect(200);
    const [latest] = (await admin.get('/admin/errands/ATTEST/versions').expect(200)).body as {
      summary: string[];
    }[];
    expect(latest.summary).toEqual(['Også ændret: gebyr']);
  });

  it('numbers concurrent saves of one errand one after the other', async () => {
    const a = { ...errandFile('NEMKONTO'), visitMinutes: 11 };
    const b = { ...errandFile('NEMKONTO'), visitMinutes: 12 };
    const results = await Promise.all([
      admin.put('/admin/errands/NEMKONTO', putBody(a)),
      admin.put('/admin/errands/NEMKONTO', putBody(b)),
    ]);
    expect(results.map((res) => res.status)).toEqual([200, 200]);
    expect((await storedVersions(t, 'NEMKONTO')).map((row) => row.version)).toEqual([1, 2, 3]);
  });

  describe('POST /admin/errands/{code}/preview', () => {
    it('runs the rules for the answers and stores nothing', async () => {
      const before = await countRows(t, 'triage_sessions');
      const flyt = await admin
        .post('/admin/errands/FLYT/preview', { answers: { has_mitid: true, moving_abroad: false } })
        .expect(200);
      expect(flyt.body).toEqual({
        outcome: 'self_service',
        rule: 'online',
        reason: expect.any(String) as string,
        selfService: [expect.objectContaining({ key: 'borger-dk', channel: 'online' })],
        version: 2,
      });
      expect(await countRows(t, 'triage_sessions')).toBe(before);
    });

    it('runs a posted definition instead of the stored one, checked as a save would be', async () => {
      const draft = errandFile('FLYT');
      draft.rules[3] = { ...draft.rules[3], outcome: 'not_yet', options: [] };
      const answers = { has_mitid: true, moving_abroad: false };
      const res = await admin
        .post('/admin/errands/FLYT/preview', { answers, definition: putBody(draft) })
        .expect(200);
      expect(res.body).toMatchObject({ outcome: 'not_yet', rule: 'online', version: null });

      draft.rules[3] = { ...draft.rules[3], when: [{ question: 'lost', equals: true }] };
      const broken = await admin.post('/admin/errands/FLYT/preview', { answers, definition: putBody(draft) });
      expectError(broken, 422, 'INVALID_ERRAND_DEFINITION');
    });

    it('refuses answers that do not fit, and a body without answers', async () => {
      const res = await admin.post('/admin/errands/FLYT/preview', { answers: { has_mitid: 'ja' } });
      expectError(res, 400, 'INVALID_ANSWERS');
      expectError(await admin.post('/admin/errands/FLYT/preview', {}), 400, 'VALIDATION_FAILED', {
        fields: ['answers'],
      });
    });
  });

  it('is for admins only', async () => {
    await request(t.http).get('/admin/errands').expect(401);
    const adviser = await givenStaff(t, 'reception');
    expectError(
      await request(t.http).get('/admin/errands/FLYT/versions').set('Authorization', adviser),
      403,
      'ROLE_REQUIRED',
    );
    const preview = request(t.http).post('/admin/errands/FLYT/preview').set('Authorization', adviser);
    expectError(await preview.send({ answers: {} }), 403, 'ROLE_REQUIRED');
  });
});
