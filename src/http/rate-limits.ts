import { BlockList, isIPv6 } from 'node:net';
import rateLimit, { normalizeIP, type RateLimitOptions } from '@fastify/rate-limit';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Redis } from 'ioredis';
import { DomainError } from '../common/errors/domain-error.js';
import { GENERIC } from '../common/errors/error-response.js';
import type { SettingsService } from '../config/settings.service.js';

type RateSetting =
  | 'RATE_LIMIT_ERRANDS'
  | 'RATE_LIMIT_TRIAGE'
  | 'RATE_LIMIT_AVAILABILITY'
  | 'RATE_LIMIT_BOOKING_CHALLENGES'
  | 'RATE_LIMIT_BOOKINGS'
  | 'RATE_LIMIT_BOOKINGS_WITHOUT_PROOF'
  | 'RATE_LIMIT_MANAGE_BOOKING'
  | 'RATE_LIMIT_SIGN_IN'
  | 'RATE_LIMIT_STATS';

/** A route's limit, or the limits it counts against all at once. */
export type RouteLimit = RateSetting | readonly [RateSetting, RateSetting, ...RateSetting[]];

/**
 * The public routes and the limit each counts against, by Fastify route pattern (HEAD counts as
 * GET). Routes that share a limit share one budget per client address; a route with a list counts
 * against every limit in it and is refused when any of them is used up. Staff routes are not
 * listed — they need a signed-in account, and the sign-in is limited — but for the statistics,
 * whose every request reads up to a year of rows. Start-up fails when a pattern
 * here names no route, so a renamed route cannot silently lose its limit.
 */
export const ROUTE_LIMITS: Readonly<Record<string, RouteLimit>> = {
  'GET /errands': 'RATE_LIMIT_ERRANDS',
  'GET /errands/:code': 'RATE_LIMIT_ERRANDS',
  'POST /triage': 'RATE_LIMIT_TRIAGE',
  'GET /triage/:id': 'RATE_LIMIT_TRIAGE',
  'POST /triage/:id/self-service-tried': 'RATE_LIMIT_TRIAGE',
  // Citizen pages: the errand pages read like the catalog API; answering, the outcome and its links
  // like the triage API (the last answer stores the triage; a link click counts).
  'GET /': 'RATE_LIMIT_ERRANDS',
  'GET /aerinder/:code': 'RATE_LIMIT_ERRANDS',
  'GET /aerinder/:code/spoergsmaal/:number': 'RATE_LIMIT_ERRANDS',
  'POST /aerinder/:code': 'RATE_LIMIT_TRIAGE',
  'POST /aerinder/:code/spoergsmaal/:number': 'RATE_LIMIT_TRIAGE',
  'GET /vejledning/:triageId': 'RATE_LIMIT_TRIAGE',
  'POST /vejledning/:triageId/proevet-selv': 'RATE_LIMIT_TRIAGE',
  'GET /ud/:triageId/:optionKey': 'RATE_LIMIT_TRIAGE',
  'GET /availability': 'RATE_LIMIT_AVAILABILITY',
  'GET /locations': 'RATE_LIMIT_AVAILABILITY',
  // The places page, choosing a place and a time read like the availability API (the POST checks a time).
  'GET /steder': 'RATE_LIMIT_AVAILABILITY',
  'GET /book/:triageId/sted': 'RATE_LIMIT_AVAILABILITY',
  'GET /book/:triageId/tid': 'RATE_LIMIT_AVAILABILITY',
  'POST /book/:triageId/tid': 'RATE_LIMIT_AVAILABILITY',
  // Booking pages: the contact and check steps read the triage like the triage API; confirming
  // books like POST /bookings, from the same budget of booking attempts; without JavaScript (no
  // proof of work) also under its own, stricter limit. The receipt and the manage pages read, move
  // and cancel like the manage API.
  'GET /book/:triageId/kontakt': 'RATE_LIMIT_TRIAGE',
  'POST /book/:triageId/kontakt': 'RATE_LIMIT_TRIAGE',
  'POST /book/:triageId/kontakt/ret': 'RATE_LIMIT_TRIAGE',
  'POST /book/:triageId/bekraeft': 'RATE_LIMIT_BOOKINGS',
  'POST /book/:triageId/bekraeft-uden-js': ['RATE_LIMIT_BOOKINGS', 'RATE_LIMIT_BOOKINGS_WITHOUT_PROOF'],
  'GET /kvittering/:reference': 'RATE_LIMIT_MANAGE_BOOKING',
  'GET /min-tid/:reference': 'RATE_LIMIT_MANAGE_BOOKING',
  'GET /min-tid/:reference/aflys': 'RATE_LIMIT_MANAGE_BOOKING',
  'POST /min-tid/:reference/aflys': 'RATE_LIMIT_MANAGE_BOOKING',
  'GET /min-tid/:reference/flyt': 'RATE_LIMIT_MANAGE_BOOKING',
  'POST /min-tid/:reference/flyt': 'RATE_LIMIT_MANAGE_BOOKING',
  'GET /bookings/challenge': 'RATE_LIMIT_BOOKING_CHALLENGES',
  'POST /bookings': 'RATE_LIMIT_BOOKINGS',
  'GET /bookings/:reference': 'RATE_LIMIT_MANAGE_BOOKING',
  'GET /bookings/:reference/calendar.ics': 'RATE_LIMIT_MANAGE_BOOKING',
  'POST /bookings/:reference/cancel': 'RATE_LIMIT_MANAGE_BOOKING',
  'POST /bookings/:reference/reschedule': 'RATE_LIMIT_MANAGE_BOOKING',
  'POST /auth/login': 'RATE_LIMIT_SIGN_IN',
  // The staff pages' sign-in form signs in like the API, from the same budget.
  'POST /staff/log-ind': 'RATE_LIMIT_SIGN_IN',
  // The waiting-room screen reads like the queue API; its event stream counts once per connection
  // (a TV reconnects every few seconds at most), and QueueFeed bounds how many stay open at once.
  'GET /screen/:location': 'RATE_LIMIT_AVAILABILITY',
  'GET /screen/:location/events': 'RATE_LIMIT_AVAILABILITY',
  'GET /stats/self-service': 'RATE_LIMIT_STATS',
  'GET /stats/self-service.csv': 'RATE_LIMIT_STATS',
  'GET /stats/visits': 'RATE_LIMIT_STATS',
  'GET /stats/visits.csv': 'RATE_LIMIT_STATS',
  'GET /stats/waiting': 'RATE_LIMIT_STATS',
  'GET /stats/waiting.csv': 'RATE_LIMIT_STATS',
  'GET /stats/capacity': 'RATE_LIMIT_STATS',
  'GET /stats/capacity.csv': 'RATE_LIMIT_STATS',
  'GET /staff/statistik': 'RATE_LIMIT_STATS',
  'GET /staff/statistik/selvbetjening.csv': 'RATE_LIMIT_STATS',
  'GET /staff/statistik/besoeg.csv': 'RATE_LIMIT_STATS',
  'GET /staff/statistik/ventetid.csv': 'RATE_LIMIT_STATS',
  'GET /staff/statistik/foerste-ledige-tid.csv': 'RATE_LIMIT_STATS',
  'GET /staff/statistik/kapacitet.csv': 'RATE_LIMIT_STATS',
};

const WINDOW_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

export interface Rate {
  max: number;
  windowMs: number;
}

/** `5/1d` → at most 5 (times `factor`) requests per day; a window without a number is one unit. */
export function parseRate(value: string, factor = 1): Rate {
  const match = /^(\d+)\/(\d*)([smhd])$/.exec(value);
  if (!match) throw new Error(`not a rate: ${value}`);
  const [, count, units, unit] = match;
  return {
    max: Number(count) * factor,
    windowMs: Number(units || '1') * WINDOW_MS[unit as keyof typeof WINDOW_MS],
  };
}

/** The limit (or the limits, as ROUTE_LIMITS lists them) a request counts against, if any. */
export function limitFor(method: string, url: string | undefined): RouteLimit | undefined {
  if (!url) return undefined;
  return ROUTE_LIMITS[`${method === 'HEAD' ? 'GET' : method} ${url}`];
}

/** Where one limit stands for a request's address. */
export interface Count {
  max: number;
  remaining: number;
  /** Until the window resets, in ms (0: no window open). */
  ttl: number;
  /** Over the limit: this request is refused. */
  exceeded: boolean;
}

/** Counts a request against one limit, or (`increment: false`) only reads where it stands. */
export type Counter = (request: FastifyRequest, options: { increment: boolean }) => Promise<Count>;

/** The one that refuses the longest: trying again before it resets would be refused again. */
function longest(counts: Count[]): Count {
  return counts.reduce((latest, count) => (count.ttl > latest.ttl ? count : latest));
}

/**
 * Counts a request against every limit of its route: the refusal (the limit to name, trying again
 * when it resets) or, when all let it through, the limit with the least left. A request refused by
 * one limit is not counted by the others: with several, it reads them first and is refused without
 * counting when one is used up, so a citizen told "in an hour" by the stricter limit does not spend
 * the shared budget by trying meanwhile. (Two requests at once can both pass the reading; then the
 * one that the counting refuses has counted against the others too.) One limit alone is counted
 * straight away: its window is fixed, so counting a refused request changes nothing.
 */
export async function countAgainst(
  counters: readonly Counter[],
  request: FastifyRequest,
): Promise<{ refused?: Count; tightest: Count }> {
  if (counters.length > 1) {
    const now = await Promise.all(counters.map((count) => count(request, { increment: false })));
    const full = now.filter((count) => count.remaining === 0);
    if (full.length > 0) {
      const refused = longest(full);
      return { refused, tightest: refused };
    }
  }
  const counts = await Promise.all(counters.map((count) => count(request, { increment: true })));
  const exceeded = counts.filter((count) => count.exceeded);
  if (exceeded.length > 0) {
    const refused = longest(exceeded);
    return { refused, tightest: refused };
  }
  const tightest = counts.reduce((least, count) => (count.remaining < least.remaining ? count : least));
  return { tightest };
}

/** Addresses and CIDR ranges exempt from the limits. */
export function allowList(entries: string[]): (ip: string) => boolean {
  const list = new BlockList();
  for (const entry of entries) {
    const [address, bits] = entry.split('/');
    const type = isIPv6(address) ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  return (ip) => {
    // An IPv4 client on a dual-stack socket shows as ::ffff:a.b.c.d.
    const address = normalizeIP(ip, 128);
    return list.check(address, isIPv6(address) ? 'ipv6' : 'ipv4');
  };
}

/** 429 in the API's error shape; Retry-After comes from `details.retryAfterSeconds`. */
export class TooManyRequestsError extends DomainError {
  readonly code = 'TOO_MANY_REQUESTS';
  readonly kind = 'rate_limited';

  constructor(retryAfterSeconds: number, limit: number) {
    super({ da: GENERIC[429].da, en: GENERIC[429].en }, { retryAfterSeconds, limit });
  }
}

function connectRedis(url: string, logger: Logger): Redis {
  // Fail fast rather than queue: a request must not wait for an unreachable Redis.
  const redis = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 500,
    connectTimeout: 500,
    // How long a closing connection may linger (default 2 s, which outlives a test run).
    disconnectTimeout: 200,
  });
  let warned = 0;
  redis.on('error', (error: Error) => {
    if (Date.now() - warned < 60_000) return;
    warned = Date.now();
    logger.warn(`Redis for rate limits: ${error.message}; requests pass unlimited until it answers`);
  });
  return redis;
}

/**
 * One limit's counter per client address. Not the plugin's `rateLimit()` hook: every hook it makes
 * marks the request as counted, so a second limit on the same request would let it through
 * unchecked.
 */
function counterFor(fastify: FastifyInstance, name: RateSetting, { max, windowMs }: Rate): Counter {
  // `cache` (addresses kept per limit in the process's store) is read here too.
  const options: RateLimitOptions = {
    max,
    timeWindow: windowMs,
    cache: 10_000,
    keyGenerator: (request) => `${name}:${normalizeIP(request.ip)}`,
  };
  const limiter = fastify.createRateLimit(options);
  return async (request, { increment }) => {
    const result = await limiter(request, { increment });
    // Only the plugin's allow list (unused here: exempt addresses never get this far) allows.
    if (result.isAllowed) return { max, remaining: max, ttl: 0, exceeded: false };
    return {
      max: result.max,
      remaining: result.remaining,
      ttl: result.ttl,
      exceeded: result.isExceeded,
    };
  };
}

/**
 * Limits on how often one client address may call the public endpoints (see ROUTE_LIMITS). The
 * address is the socket's, or what the proxies named in TRUST_PROXY forward; IPv6 clients count
 * per /64, the block one household or device usually has. Counters live in Redis when REDIS_URL is
 * set (shared by every API instance), else in this process.
 */
export async function registerRateLimits(
  app: NestFastifyApplication,
  settings: SettingsService,
): Promise<void> {
  const logger = new Logger('RateLimits');
  const url = settings.get('REDIS_URL');
  const redis = url ? connectRedis(url, logger) : undefined;
  if (redis) await redis.connect().catch(() => undefined);
  else
    logger.warn(
      'REDIS_URL is not set: rate limits count per process (set it when running several instances)',
    );

  await app.register(rateLimit, {
    global: false,
    redis,
    nameSpace: 'borgerservice:rate-limit:',
    // When Redis fails, requests pass: a citizen service must stay open, and the per-contact
    // limit and the challenges (in PostgreSQL) still hold.
    skipOnError: true,
  });
  const fastify = app.getHttpAdapter().getInstance();
  const factor = settings.get('RATE_LIMIT_FACTOR');
  const counters = new Map(
    [...new Set(Object.values(ROUTE_LIMITS).flat())].map(
      (name) => [name, counterFor(fastify, name, parseRate(settings.get(name), factor))] as const,
    ),
  );
  const exempt = allowList(settings.get('RATE_LIMIT_ALLOWLIST'));

  const routes = new Set<string>();
  fastify.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.add(`${method} ${route.url}`);
  });
  fastify.addHook('onReady', async () => {
    const unknown = Object.keys(ROUTE_LIMITS).filter((route) => !routes.has(route));
    if (unknown.length > 0)
      throw new Error(`Rate limits name routes that do not exist: ${unknown.join(', ')}`);
  });
  fastify.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const limit = limitFor(request.method, request.routeOptions.url);
    if (!limit || exempt(request.ip)) return;
    const names: readonly RateSetting[] = typeof limit === 'string' ? [limit] : limit;
    const { refused, tightest } = await countAgainst(
      names.map((name) => counters.get(name)!),
      request,
    );
    const resetSeconds = Math.max(1, Math.ceil(tightest.ttl / 1000));
    void reply.headers({
      'x-ratelimit-limit': tightest.max,
      'x-ratelimit-remaining': refused ? 0 : tightest.remaining,
      'x-ratelimit-reset': resetSeconds,
    });
    // Retry-After comes from the error's details (answerError).
    if (refused) throw new TooManyRequestsError(resetSeconds, refused.max);
  });
  // Also stops reconnecting to a Redis that went away (quit would wait for it).
  if (redis) fastify.addHook('onClose', async () => redis.disconnect());
}
