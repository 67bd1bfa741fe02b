import request from 'supertest';
import type { Role } from '../../src/auth/entities/staff-account.entity.js';
import { type Agent, BROWSER_ACCEPT, submit } from './booking-pages.js';
import { type AccountOptions, type GivenAccount, givenAccount } from './factories.js';
import type { TestApp } from './test-app.js';

/**
 * Signs an agent (one browser with its cookie jar) in on the staff pages' sign-in form; returns
 * the sign-in's answer (its Location says where the account lands).
 */
export async function signInOnPages(
  agent: Agent,
  account: Pick<GivenAccount, 'email' | 'password'>,
): Promise<request.Response> {
  const page = await agent.get('/staff/log-ind').set('Accept', BROWSER_ACCEPT).expect(200);
  const signedIn = await submit(
    agent,
    page.text,
    { email: account.email, password: account.password },
    'sign-in-form',
  );
  if (signedIn.status !== 303)
    throw new Error(`sign-in answered ${signedIn.status}: ${signedIn.text.slice(0, 300)}`);
  return signedIn;
}

/** A new staff account of the test's own, signed in on the pages in its own browser (agent). */
export async function staffBrowser(
  t: TestApp,
  roles: Role | Role[],
  options: AccountOptions = {},
): Promise<{ agent: Agent; account: GivenAccount }> {
  const account = await givenAccount(t, roles, options);
  const agent = request.agent(t.http);
  await signInOnPages(agent, account);
  return { agent, account };
}

/** A staff page as a browser asks for it. */
export function open(agent: Agent, path: string): request.Test {
  return agent.get(path).set('Accept', BROWSER_ACCEPT);
}
