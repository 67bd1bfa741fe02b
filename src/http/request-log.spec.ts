import type { IncomingMessage, ServerResponse } from 'node:http';
import { loggedUrl, redactQuery, REQUEST_LOG_OPTIONS } from './request-log.js';

describe('redactQuery', () => {
  it('replaces every value and keeps plain names', () => {
    expect(redactQuery('q=mistet+mit+pas&token=abc&from=2026-12-01')).toBe(
      'q=[redacted]&token=[redacted]&from=[redacted]',
    );
  });

  it('decodes percent-encoded names, so %74oken is seen as token', () => {
    expect(redactQuery('%74oken=SECRET')).toBe('token=[redacted]');
    expect(redactQuery('%74%6F%6B%65%6E=SECRET&q=x')).toBe('token=[redacted]&q=[redacted]');
  });

  it('hides names that could be data themselves, and names without a value', () => {
    expect(redactQuery('Karen%20Jensen=1')).toBe('[redacted]=[redacted]');
    expect(redactQuery('karen@example.dk')).toBe('[redacted]=[redacted]');
    expect(redactQuery('0101901234')).toBe('[redacted]=[redacted]');
    expect(redactQuery('%E0%A4%A=x')).toBe('[redacted]=[redacted]');
    expect(redactQuery('token')).toBe('token=[redacted]');
  });

  it('skips empty pairs', () => {
    expect(redactQuery('&&q=x&')).toBe('q=[redacted]');
    expect(redactQuery('')).toBe('');
  });
});

describe('loggedUrl', () => {
  it('is the route pattern with the redacted query, never the path as sent', () => {
    expect(loggedUrl('/bookings/:reference', '/bookings/K7NPA4TX?token=abc')).toBe(
      '/bookings/:reference?token=[redacted]',
    );
    expect(loggedUrl('/errands', '/errands')).toBe('/errands');
    expect(loggedUrl(undefined, '/bookings/K7NPA4TX/nope?q=Karen')).toBe('(no route)?q=[redacted]');
  });
});

describe('REQUEST_LOG_OPTIONS', () => {
  it('keeps only id and method of a request, and only the status of an answer', () => {
    const req = { id: 'r1', method: 'GET', url: '/x?q=1', headers: { authorization: 'Bearer x' } };
    expect(REQUEST_LOG_OPTIONS.serializers.req(req)).toEqual({ id: 'r1', method: 'GET' });
    expect(REQUEST_LOG_OPTIONS.serializers.res({ statusCode: 200, headers: { a: 1 } } as never)).toEqual({
      statusCode: 200,
    });
  });

  it('adds the logged URL to the line written when a request ends', () => {
    const raw = { url: '/', originalUrl: '/bookings/K7NPA4TX?token=abc' } as unknown as IncomingMessage;
    const line = REQUEST_LOG_OPTIONS.customSuccessObject(raw, {} as ServerResponse, { responseTime: 3 });
    expect(line).toEqual({ responseTime: 3, url: '(no route)?token=[redacted]' });
  });
});
