import request from 'supertest';
import type { App } from 'supertest/types.js';
import { DEMO_PASSWORDS } from '../../src/demo/demo-data.js';

export const DEMO_EMAILS = {
  admin: 'admin@syddjurs-demo.dk',
  reception: 'reception@syddjurs-demo.dk',
  adviser: 'mette.soerensen@syddjurs-demo.dk',
} as const;

/** Signs in as the demo staff member with this role and returns the Authorization header value. */
export async function signIn(http: App, role: keyof typeof DEMO_EMAILS): Promise<string> {
  const res = await request(http)
    .post('/auth/login')
    .send({ email: DEMO_EMAILS[role], password: DEMO_PASSWORDS[role] })
    .expect(200);
  return `Bearer ${res.body.accessToken as string}`;
}
