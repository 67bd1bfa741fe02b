import { fileURLToPath } from 'node:url';
import request from 'supertest';
import type { App } from 'supertest/types.js';
import type { Role } from '../../src/auth/entities/staff-account.entity.js';
import { readStaffFile } from '../../src/demo/staff-file.js';

export const STAFF_FILE = fileURLToPath(new URL('../fixtures/staff.json', import.meta.url));

/** The test municipality's sign-ins (test/fixtures/staff.json), one per role. */
const accounts = readStaffFile(STAFF_FILE);
const byRole = (role: Role) => accounts.find((account) => account.roles.includes(role))!;

export const STAFF_EMAILS = {
  admin: byRole('admin').email,
  reception: byRole('reception').email,
  adviser: byRole('adviser').email,
} as const;

export const STAFF_PASSWORDS = {
  admin: byRole('admin').password,
  reception: byRole('reception').password,
  adviser: byRole('adviser').password,
} as const;

/** Signs in as the test staff member with this role and returns the Authorization header value. */
export async function signIn(http: App, role: keyof typeof STAFF_EMAILS): Promise<string> {
  const res = await request(http)
    .post('/auth/login')
    .send({ email: STAFF_EMAILS[role], password: STAFF_PASSWORDS[role] })
    .expect(200);
  return `Bearer ${res.body.accessToken as string}`;
}
