import { InvalidSettingsError, loadSettings } from '../config/settings.js';
import type { FastifyRequest } from 'fastify';
import {
  allowList,
  type Count,
  type Counter,
  countAgainst,
  limitFor,
  parseRate,
  ROUTE_LIMITS,
} from './rate-limits.js';

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

  it('counts booking on the pages like POST /bookings, without JavaScript also under its own limit', () => {
    expect(limitFor('POST', '/book/:triageId/bekraeft')).toBe('RATE_LIMIT_BOOKINGS');
    expect(limitFor('POST', '/book/:triageId/bekraeft-uden-js')).toEqual([
      'RATE_LIMIT_BOOKINGS',
      'RATE_LIMIT_BOOKINGS_WITHOUT_PROOF',
    ]);
  });

  it('leaves staff routes, unknown routes and routes with other methods alone', () => {
    expect(limitFor('GET', '/reception/:location/arrivals')).toBeUndefined();
    expect(limitFor('GET', '/auth/me')).toBeUndefined();
    expect(limitFor('GET', undefined)).toBeUndefined();
    expect(limitFor('DELETE', '/bookings')).toBeUndefined();
  });

  it('names only settings that exist, with valid defaults', () => {
    const settings = loadSettings({});
    for (const name of Object.values(ROUTE_LIMITS).flat())
      expect(() => parseRate(settings[name])).not.toThrow();
  });
});

describe('countAgainst', () => {
  const request = {} as FastifyRequest;

  /** A fixed-window counter in memory, as the plugin's store counts: `used` so far, `ttl` left. */
  function counter(max: number, used: number, ttl: number): Counter & { used(): number } {
    let current = used;
    const count = async (_request: FastifyRequest, { increment }: { increment: boolean }): Promise<Count> => {
      if (increment) current++;
      return { max, remaining: Math.max(0, max - current), ttl, exceeded: current > max };
    };
    return Object.assign(count, { used: () => current });
  }

  it('counts a request with one limit, refused ones too', async () => {
    const day = counter(2, 1, 80_000_000);
    expect(await countAgainst([day], request)).toEqual({
      tightest: { max: 2, remaining: 0, ttl: 80_000_000, exceeded: false },
    });
    const { refused } = await countAgainst([day], request);
    expect(refused).toMatchObject({ max: 2, ttl: 80_000_000 });
    expect(day.used()).toBe(3);
  });

  it('counts against every limit and shows the one with the least left', async () => {
    const day = counter(5, 0, 80_000_000);
    const hour = counter(3, 1, 3_000_000);
    const { refused, tightest } = await countAgainst([day, hour], request);
    expect(refused).toBeUndefined();
    expect(tightest).toMatchObject({ max: 3, remaining: 1 });
    expect([day.used(), hour.used()]).toEqual([1, 2]);
  });

  it('refuses when one limit is used up, whichever comes first, without counting against the others', async () => {
    for (const order of ['day first', 'hour first']) {
      const day = counter(5, 2, 80_000_000);
      const hour = counter(3, 3, 3_000_000);
      const counters = order === 'day first' ? [day, hour] : [hour, day];
      const { refused, tightest } = await countAgainst(counters, request);
      expect(refused).toMatchObject({ max: 3, ttl: 3_000_000 });
      expect(tightest).toBe(refused);
      expect([day.used(), hour.used()]).toEqual([2, 3]);
    }
  });

  it('names the latest reset when several refuse: trying before it would be refused again', async () => {
    const day = counter(5, 5, 80_000_000);
    const hour = counter(3, 3, 3_000_000);
    expect((await countAgainst([hour, day], request)).refused).toMatchObject({ max: 5, ttl: 80_000_000 });
  });

  it('refuses what another request used up between reading and counting', async () => {
    // Reads 2 of 3 left, but by the time it counts, another request took the last one.
    let reads = 0;
    const hour: Counter = async (_request, { increment }) =>
      increment
        ? { max: 3, remaining: 0, ttl: 3_000_000, exceeded: true }
        : { max: 3, remaining: 3 - ++reads, ttl: 3_000_000, exceeded: false };
    const day = counter(5, 0, 80_000_000);
    expect((await countAgainst([day, hour], request)).refused).toMatchObject({ max: 3 });
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
