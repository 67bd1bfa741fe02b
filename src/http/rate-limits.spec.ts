import { InvalidSettingsError, loadSettings } from '../config/settings.js';
import { allowList, limitFor, parseRate, ROUTE_LIMITS } from './rate-limits.js';

describe('parseRate', () => {
  it.each([
    ['5/1d', { max: 5, windowMs: 86_400_000 }],
    ['120/1m', { max: 120, windowMs: 60_000 }],
    ['30/10m', { max: 30, windowMs: 600_000 }],
    ['20/h', { max: 20, windowMs: 3_600_000 }],
    ['3/30s', { max: 3, windowMs: 30_000 }],
  ])('reads %s', (value, rate) => {
    expect(parseRate(value)).toEqual(rate);
  });

  it('multiplies the count, not the window, by the factor', () => {
    expect(parseRate('5/1d', 1000)).toEqual({ max: 5000, windowMs: 86_400_000 });
  });

  it('refuses what is not a rate', () => {
    expect(() => parseRate('5 per day')).toThrow(/not a rate/);
  });
});

describe('limitFor', () => {
  it('finds the limit of each public route by its pattern, HEAD as GET', () => {
    expect(limitFor('POST', '/bookings')).toBe('RATE_LIMIT_BOOKINGS');
    expect(limitFor('GET', '/bookings/challenge')).toBe('RATE_LIMIT_BOOKING_CHALLENGES');
    expect(limitFor('POST', '/bookings/:reference/cancel')).toBe('RATE_LIMIT_MANAGE_BOOKING');
    expect(limitFor('HEAD', '/availability')).toBe('RATE_LIMIT_AVAILABILITY');
    expect(limitFor('POST', '/auth/login')).toBe('RATE_LIMIT_SIGN_IN');
  });

  it('leaves staff routes, unknown routes and routes with other methods alone', () => {
    expect(limitFor('GET', '/reception/:location/arrivals')).toBeUndefined();
    expect(limitFor('GET', '/auth/me')).toBeUndefined();
    expect(limitFor('GET', undefined)).toBeUndefined();
    expect(limitFor('DELETE', '/bookings')).toBeUndefined();
  });

  it('names only settings that exist, with valid defaults', () => {
    const settings = loadSettings({});
    for (const name of Object.values(ROUTE_LIMITS)) expect(() => parseRate(settings[name])).not.toThrow();
  });
});

describe('allowList', () => {
  const exempt = allowList(['10.20.0.0/16', '192.0.2.7', '2001:db8::/32']);

  it('exempts listed addresses and ranges, also IPv4 seen through a dual-stack socket', () => {
    expect(exempt('10.20.3.4')).toBe(true);
    expect(exempt('192.0.2.7')).toBe(true);
    expect(exempt('::ffff:10.20.3.4')).toBe(true);
    expect(exempt('2001:db8:1::5')).toBe(true);
  });

  it('exempts nobody else', () => {
    expect(exempt('10.21.0.1')).toBe(false);
    expect(exempt('192.0.2.8')).toBe(false);
    expect(exempt('2001:db9::1')).toBe(false);
    expect(allowList([])('127.0.0.1')).toBe(false);
  });
});

describe('settings for rate limits and proxies', () => {
  it('defaults: no trusted proxy, no Redis, no exemptions, production limits', () => {
    const settings = loadSettings({});
    expect(settings.TRUST_PROXY).toBeUndefined();
    expect(settings.REDIS_URL).toBeUndefined();
    expect(settings.RATE_LIMIT_ALLOWLIST).toEqual([]);
    expect(settings).toMatchObject({
      RATE_LIMIT_FACTOR: 1,
      RATE_LIMIT_BOOKINGS: '5/1d',
      ALTCHA_ENABLED: true,
    });
  });

  it('reads TRUST_PROXY as a hop count or a list of addresses and ranges', () => {
    expect(loadSettings({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(loadSettings({ TRUST_PROXY: '10.0.0.1, 10.1.0.0/16,loopback' }).TRUST_PROXY).toEqual([
      '10.0.0.1',
      '10.1.0.0/16',
      'loopback',
    ]);
  });

  it.each([
    [{ TRUST_PROXY: 'true' }, /TRUST_PROXY must be a hop count/],
    [{ TRUST_PROXY: '0' }, /TRUST_PROXY must be a hop count/],
    [{ TRUST_PROXY: '10.0.0.1/33' }, /TRUST_PROXY/],
    [{ RATE_LIMIT_BOOKINGS: '5 per day' }, /RATE_LIMIT_BOOKINGS must be <count>\/<window>/],
    [{ RATE_LIMIT_ALLOWLIST: 'intranet' }, /RATE_LIMIT_ALLOWLIST must list IPs\/CIDRs/],
    [{ REDIS_URL: 'localhost:6379' }, /REDIS_URL must be a redis:\/\//],
    [{ ALTCHA_HMAC_KEY: 'short' }, /ALTCHA_HMAC_KEY must be at least 32 characters/],
  ])('refuses %j', (env, message) => {
    expect(() => loadSettings(env)).toThrow(InvalidSettingsError);
    expect(() => loadSettings(env)).toThrow(message);
  });
});
