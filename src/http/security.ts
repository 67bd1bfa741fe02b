import fastifyCors from '@fastify/cors';
import fastifyHelmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SettingsService } from '../config/settings.service.js';
import { rememberRoutePatterns } from './request-log.js';

/** A JSON API is never a page: nothing may load, run or frame it. */
export const API_CSP = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
/**
 * The OpenAPI UI at /docs: its scripts, styles and images from this origin only; its inline
 * <style> blocks (from @nestjs/swagger's page) and the SVG icons as data: URLs; never framed.
 */
export const DOCS_CSP = [
  "default-src 'self'",
  "base-uri 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "img-src 'self' data:",
  "object-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
].join('; ');

/**
 * Strict-Transport-Security, only when BEHIND_HTTPS says clients reach the API over HTTPS (over plain
 * HTTP it would pin a name that has no TLS): one year, subdomains too (OWASP's advice); preloading
 * is for the domain's owner to decide.
 */
const HSTS = { maxAge: 365 * 24 * 3600, includeSubDomains: true, preload: false };

/**
 * GET routes whose answers hold nothing personal: the catalog, free times, the places (and their
 * page), health and the docs.
 */
const PUBLIC_ROUTES = new Set(['/errands/:code', '/availability', '/locations', '/steder', '/health']);

const isDocs = (route: string | undefined) => route === '/docs' || Boolean(route?.startsWith('/docs/'));

/**
 * May a shared or browser cache keep this answer? Only public reads; a search (`q`) holds what
 * the citizen typed, which no cache should keep.
 */
export function mayBeCached(method: string, route: string | undefined, query: unknown): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (route === '/errands') return (query as { q?: unknown } | undefined)?.q === undefined;
  return (route !== undefined && PUBLIC_ROUTES.has(route)) || isDocs(route);
}

/**
 * `Cache-Control: no-store` on every answer that is not public (bookings with their manage token,
 * citizens' names and contacts, sign-in tokens, feed links, errors), unless the handler chose its
 * own caching (the calendar feeds revalidate with an ETag).
 */
function cacheRules(fastify: FastifyInstance): void {
  fastify.addHook('onSend', (request: FastifyRequest, reply, payload, done) => {
    if (
      !reply.hasHeader('cache-control') &&
      !mayBeCached(request.method, request.routeOptions.url, request.query)
    )
      void reply.header('cache-control', 'no-store');
    done(null, payload);
  });
}

function contentSecurityPolicy(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('content-security-policy', isDocs(request.routeOptions.url) ? DOCS_CSP : API_CSP);
    done();
  });
}

/** Security headers, CORS and caching rules for every answer; what the request log may know. */
export async function registerSecurity(
  app: NestFastifyApplication,
  settings: SettingsService,
): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  rememberRoutePatterns(fastify);
  await app.register(fastifyHelmet, {
    // Set per route above: one policy for the API, one for the OpenAPI UI.
    contentSecurityPolicy: false,
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: settings.get('BEHIND_HTTPS') ? HSTS : false,
  });
  contentSecurityPolicy(fastify);
  cacheRules(fastify);
  const origins = settings.get('CORS_ORIGINS');
  if (origins.length > 0)
    await app.register(fastifyCors, {
      origin: origins,
      methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowedHeaders: [
        'Authorization',
        'Content-Type',
        'Accept-Language',
        'Idempotency-Key',
        'Altcha',
        'X-Request-Id',
      ],
      exposedHeaders: ['X-Request-Id', 'Retry-After', 'ETag'],
      // Staff send a Bearer token, never a cookie: no credentialed requests.
      credentials: false,
      maxAge: 600,
    });
}
