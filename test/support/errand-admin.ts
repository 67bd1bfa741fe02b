import request from 'supertest';
import { readErrandFiles } from '../../src/demo/catalog-files.js';
import type { ErrandDefinition } from '../../src/errands/errand-definition.js';
import type { TestApp } from './test-app.js';

/** The catalog's data files, as the test database was loaded with them. */
export const CATALOG = readErrandFiles();

/** A fresh copy of one errand's data file. */
export function errandFile(code: string): ErrandDefinition {
  const found = CATALOG.find((errand) => errand.code === code);
  if (!found) throw new Error(`no errand file ${code}`);
  return structuredClone(found);
}

/** The PUT /admin/errands/{code} body for a definition (the file without its code). */
export function putBody(definition: ErrandDefinition): Omit<ErrandDefinition, 'code'> {
  const { code: _code, ...body } = definition;
  return body;
}

/** The versions stored for an errand, oldest first. */
export async function storedVersions(
  t: TestApp,
  code: string,
): Promise<{ version: number; created_by: string | null }[]> {
  return t.dataSource.query(
    `SELECT v.version, v.created_by FROM errand_versions v JOIN errands e ON e.id = v.errand_id
     WHERE e.code = $1 ORDER BY v.version`,
    [code],
  );
}

export async function countRows(t: TestApp, table: 'errand_versions' | 'triage_sessions'): Promise<number> {
  const [{ count }] = await t.dataSource.query<{ count: number }[]>(
    `SELECT count(*)::int AS count FROM ${table}`,
  );
  return count;
}

/** An authorised request to the admin API. */
export function asAdmin(t: TestApp, auth: string) {
  return {
    get: (path: string) => request(t.http).get(path).set('Authorization', auth),
    put: (path: string, body: object) => request(t.http).put(path).set('Authorization', auth).send(body),
    post: (path: string, body: unknown) =>
      request(t.http)
        .post(path)
        .set('Authorization', auth)
        .send(body as object),
  };
}
