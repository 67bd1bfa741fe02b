import request from 'supertest';
import { BROWSER_ACCEPT, errorSummary, formOf, submit } from './support/booking-pages.js';
import { givenAccount } from './support/factories.js';
import { open, signInOnPages, staffBrowser } from './support/staff-pages.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const COOKIE = /^staff-session=([A-Za-z0-9_-]{43});/;

function sessionCookie(response: request.Response): string | undefined {
  const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  return cookies.find((cookie) => cookie.startsWith('staff-session='));
}

describe('staff pages: signing in with a cookie session', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ env: { STAFF_SESSION_IDLE_MINUTES: '30' } });
  });

  afterAll(async () => {
    await t.close();
  });

  it('sends a staff page without a session to the sign-in page, and back after it', async () => {
    const agent = request.agent(t.http);
    const away = await open(agent, '/staff/admin?lang=en').expect(303);
    expect(away.headers.location).toBe('/staff/log-ind?next=%2Fstaff%2Fadmin%3Flang%3Den&lang=en');
    const account = await givenAccount(t, 'admin');
    const page = await open(agent, away.headers.location as string).expect(200);
    expect(page.text).toContain('<title>Sign in – Staff – Citizen Service</title>');
    const signedIn = await submit(
      agent,
      page.text,
      { email: account.email, password: account.password },
      'sign-in-form',
    ).expect(303);
    expect(signedIn.headers.location).toBe('/staff/admin?lang=en');
    const cookie = sessionCookie(signedIn);
    expect(cookie).toMatch(COOKIE);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).not.toContain('Max-Age');
  });

  it('makes the forms of before the sign-in worthless after it', async () => {
    const account = await givenAccount(t, 'reception');
    const agent = request.agent(t.http);
    const page = await open(agent, '/staff/log-ind').expect(200);
    const before = formOf(page.text, 'sign-in-form').fields;
    await submit(
      agent,
      page.text,
      { email: account.email, password: account.password },
      'sign-in-form',
    ).expect(303);
    // The token of the sign-in page (and any a sibling site planted) no longer passes.
    await agent.post('/staff/log-ud').type('form').set('Accept', BROWSER_ACCEPT).send(before).expect(403);
    await open(agent, '/staff/reception').expect(200);
  });

  it('stores only a hash of the session value', async () => {
    const account = await givenAccount(t, 'reception');
    const agent = request.agent(t.http);
    const page = await open(agent, '/staff/log-ind').expect(200);
    const signedIn = await submit(
      agent,
      page.text,
      { email: account.email, password: account.password },
      'sign-in-form',
    ).expect(303);
    const token = COOKIE.exec(sessionCookie(signedIn) ?? '')?.[1];
    const rows = await t.dataSource.query<{ token_hash: Buffer }[]>(
      'SELECT token_hash FROM staff_sessions WHERE account_id = $1',
      [account.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.token_hash.toString('base64url')).not.toBe(token);
    expect(rows[0]!.token_hash).toHaveLength(32);
  });

  it('leads each role home from /staff', async () => {
    const { agent } = await staffBrowser(t, 'reception');
    const home = await open(agent, '/staff').expect(303);
    expect(home.headers.location).toBe('/staff/reception');
  });

  it('shows a wrong password in the error summary and signs nobody in', async () => {
    const account = await givenAccount(t, 'admin');
    const agent = request.agent(t.http);
    const page = await open(agent, '/staff/log-ind').expect(200);
    const refused = await submit(
      agent,
      page.text,
      { email: account.email, password: 'wrong' },
      'sign-in-form',
    ).expect(400);
    expect(errorSummary(refused.text)).toEqual(['email: Forkert e-mail eller adgangskode.']);
    expect(sessionCookie(refused)).toBeUndefined();
    const empty = await submit(agent, page.text, { email: '', password: '' }, 'sign-in-form').expect(400);
    expect(errorSummary(empty.text)).toEqual(['email: Skriv din e-mail', 'password: Skriv din adgangskode']);
  });

  it('refuses a sign-in form without its CSRF token', async () => {
    const account = await givenAccount(t, 'admin');
    const agent = request.agent(t.http);
    await open(agent, '/staff/log-ind').expect(200);
    const refused = await agent
      .post('/staff/log-ind')
      .type('form')
      .set('Accept', BROWSER_ACCEPT)
      .send({ email: account.email, password: account.password })
      .expect(403);
    expect(refused.text).toContain('Formularen er udløbet');
    expect(refused.text).toContain('<title>Det gik ikke – Medarbejdere – Borgerservice</title>');
    expect(sessionCookie(refused)).toBeUndefined();
  });

  it('never sends a signed-in browser on to another site', async () => {
    const account = await givenAccount(t, 'admin');
    const agent = request.agent(t.http);
    for (const next of ['//evil.example/staff', 'https://evil.example/', '/staff\\@evil.example', '/other']) {
      const page = await open(agent, `/staff/log-ind?next=${encodeURIComponent(next)}`).expect(200);
      expect(formOf(page.text, 'sign-in-form').action).toBe('/staff/log-ind');
    }
    const page = await open(agent, '/staff/log-ind?next=%2F%2Fevil.example').expect(200);
    const signedIn = await submit(
      agent,
      page.text,
      { email: account.email, password: account.password },
      'sign-in-form',
    ).expect(303);
    expect(signedIn.headers.location).toBe('/staff/admin');
  });

  it('answers 403 on a page of a role the account lacks', async () => {
    const { agent } = await staffBrowser(t, 'reception');
    const refused = await open(agent, '/staff/admin').expect(403);
    expect(refused.text).toContain('Kræver rollen admin.');
    // A way on within the staff pages, not to the citizens' front page.
    expect(refused.text).toContain('<a href="/staff">Til medarbejdersiderne</a>');
  });

  it('ends the session after the idle time, and at sign-out', async () => {
    const { agent } = await staffBrowser(t, 'reception');
    await open(agent, '/staff/reception').expect((r) => expect(r.status).not.toBe(303));
    t.clock.set(new Date(t.clock.now().getTime() + 31 * 60_000));
    const expired = await open(agent, '/staff/reception').expect(303);
    expect(expired.headers.location).toBe('/staff/log-ind?next=%2Fstaff%2Freception');

    const second = await staffBrowser(t, 'reception');
    const page = await open(second.agent, '/staff').redirects(1).expect(200);
    const out = await submit(second.agent, page.text, {}, 'sign-out-form').expect(303);
    expect(out.headers.location).toBe('/staff/log-ind?logget-ud=1');
    await open(second.agent, '/staff/reception').expect(303);
  });

  it('ends every session of an account whose password is reset or which is deactivated', async () => {
    const { agent, account } = await staffBrowser(t, 'reception');
    await t.dataSource.query('UPDATE staff_accounts SET token_version = token_version + 1 WHERE id = $1', [
      account.id,
    ]);
    await open(agent, '/staff').expect(303).expect('location', '/staff/log-ind?next=%2Fstaff');
  });

  it('keeps the session alive on "stay signed in", and not from a page that refreshes itself', async () => {
    const { agent } = await staffBrowser(t, 'reception');
    const page = await open(agent, '/staff').redirects(1).expect(200);
    const stay = formOf(page.text, 'stay-signed-in');
    t.clock.set(new Date(t.clock.now().getTime() + 20 * 60_000));
    await agent.post(stay.action).type('form').send(stay.fields).expect(204);
    t.clock.set(new Date(t.clock.now().getTime() + 20 * 60_000));
    await open(agent, '/staff').expect(303).expect('location', '/staff/reception');
  });

  it('makes an account with a one-time password change it before anything else', async () => {
    const account = await givenAccount(t, 'reception');
    await t.dataSource.query('UPDATE staff_accounts SET must_change_password = true WHERE id = $1', [
      account.id,
    ]);
    const agent = request.agent(t.http);
    const page = await open(agent, '/staff/log-ind').expect(200);
    await submit(agent, page.text, { email: account.email, password: account.password }, 'sign-in-form')
      .expect(303)
      .expect('location', '/staff/adgangskode');
    await open(agent, '/staff/reception').expect(303).expect('location', '/staff/adgangskode');
    const form = await open(agent, '/staff/adgangskode').expect(200);
    const short = await submit(
      agent,
      form.text,
      { currentPassword: account.password, newPassword: 'kort' },
      'password-form',
    ).expect(400);
    expect(errorSummary(short.text)[0]).toMatch(
      /^newPassword: Den nye adgangskode skal være: mindst 12 tegn/,
    );
    await submit(
      agent,
      form.text,
      { currentPassword: account.password, newPassword: 'korrekt hest batteri' },
      'password-form',
    )
      .expect(303)
      .expect('location', '/staff/reception');
    await open(agent, '/staff').expect(303).expect('location', '/staff/reception');
    await signInOnPages(request.agent(t.http), { email: account.email, password: 'korrekt hest batteri' });
  });
});
