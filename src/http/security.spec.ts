import { API_CSP, DOCS_CSP, mayBeCached } from './security.js';

describe('mayBeCached', () => {
  it.each([
    ['GET', '/errands', {}],
    ['GET', '/errands/:code', {}],
    ['HEAD', '/availability', { triage: 'x' }],
    ['GET', '/locations', { errand: 'PAS_VOKSEN' }],
    ['GET', '/steder', { lang: 'en' }],
    ['GET', '/health', undefined],
    ['GET', '/docs', {}],
    ['GET', '/docs/json', {}],
    ['GET', '/docs/*', {}],
  ])('lets %s %s be cached: public, nothing personal', (method, route, query) =>
    expect(mayBeCached(method, route, query)).toBe(true),
  );

  it.each([
    ['GET', '/errands', { q: 'mistet mit pas' }],
    ['GET', '/bookings/:reference', { token: 't' }],
    ['GET', '/bookings/:reference/calendar.ics', { token: 't' }],
    ['POST', '/bookings', {}],
    ['POST', '/auth/login', {}],
    ['GET', '/reception/:location/arrivals', {}],
    ['GET', '/book/:triageId/tid', { sted: 'MAIN' }],
    ['POST', '/health', {}],
    ['GET', '/documents', {}],
    ['GET', undefined, {}],
  ])('keeps %s %s out of every cache', (method, route, query) =>
    expect(mayBeCached(method, route as string | undefined, query)).toBe(false),
  );
});

describe('content security policies', () => {
  it('forbids framing and any script in API answers, and inline scripts in the docs', () => {
    expect(API_CSP).toContain("default-src 'none'");
    expect(API_CSP).toContain("frame-ancestors 'none'");
    expect(DOCS_CSP).toContain("frame-ancestors 'none'");
    expect(DOCS_CSP).toContain("script-src 'self'");
    expect(DOCS_CSP).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });
});
