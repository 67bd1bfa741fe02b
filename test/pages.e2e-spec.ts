import request from 'supertest';
import { API_CSP } from '../src/http/security.js';
import { PAGE_CSP } from '../src/web/page/pages.service.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('pages: the common ground', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('serves a page with its own policy: everything from this origin, nothing inline', async () => {
    const response = await request(testApp.http).get('/').expect(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toBe(PAGE_CSP);
    expect(PAGE_CSP).toContain("script-src 'self'");
    expect(PAGE_CSP).not.toContain('unsafe-inline');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.text).toContain('<html lang="da">');
  });

  it('sets no cookie on a page without a form', async () => {
    const response = await request(testApp.http).get('/').expect(200);
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('keeps the API’s own policy', async () => {
    const response = await request(testApp.http).get('/errands').expect(200);
    expect(response.headers['content-security-policy']).toBe(API_CSP);
  });

  it('serves the design system from its package, cacheable, without source maps', async () => {
    const css = await request(testApp.http).get('/assets/dkfds/css/dkfds-borgerdk.min.css').expect(200);
    expect(css.headers['content-type']).toContain('text/css');
    expect(css.headers['cache-control']).toContain('max-age=86400');
    await request(testApp.http).get('/assets/dkfds/css/dkfds-borgerdk.min.css.map').expect(404);
    const own = await request(testApp.http).get('/assets/app/app.css').expect(200);
    // Ours change with the templates under the same URL: cached briefly, then revalidated.
    expect(own.headers['cache-control']).toContain('max-age=600');
    expect(own.headers.etag).toBeDefined();
    // A path out of the assets folder is refused (the static server answers 403 to a traversal).
    await request(testApp.http).get('/assets/app/%2e%2e/web.setup.js').expect(403);
  });

  it('answers a browser at an unknown address with a page, in the page’s language', async () => {
    const response = await request(testApp.http)
      .get('/no-such-page?lang=en')
      .set('Accept', BROWSER_ACCEPT)
      .expect(404);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.text).toContain('<html lang="en">');
    expect(response.text).toContain('<title>Page not found – Book an appointment – Citizen Service</title>');
  });

  it('keeps answering the API’s routes in JSON, whatever a client’s Accept also names', async () => {
    // Java's default Accept ranks text/html first, yet an API route is never a page.
    const response = await request(testApp.http)
      .get('/errands/NOPE')
      .set('Accept', 'text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2')
      .expect(404);
    expect(response.body).toMatchObject({ statusCode: 404, code: 'ERRAND_NOT_FOUND' });
  });

  it('answers a program at an unknown address in the one JSON error shape', async () => {
    const response = await request(testApp.http).get('/no-such-page').expect(404);
    expect(response.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
  });
});
