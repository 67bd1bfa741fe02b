import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { Options } from 'pino-http';

export const REDACTED = '[redacted]';
/** What the request log says instead of the path of a request no route matched. */
export const NO_ROUTE = '(no route)';
/** Parameter names shown in the log: lower-case identifiers, like every query parameter of the API. */
const PLAIN_NAME = /^[a-z][a-z0-9_]{0,29}$/;
const ROUTE = Symbol('route pattern');
/** @fastify/middie keeps the URL as sent in `originalUrl` and may shorten `url`. */
type RoutedRequest = IncomingMessage & { [ROUTE]?: string; originalUrl?: string };

function decoded(name: string): string | undefined {
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/**
 * The query string for the log: every value replaced, names kept only when they are plain
 * (`%74oken=…` shows as `token=[redacted]`; a name that could itself be data, as `[redacted]`).
 */
export function redactQuery(search: string): string {
  return search
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const name = decoded(pair.split('=', 1)[0]);
      return `${name !== undefined && PLAIN_NAME.test(name) ? name : REDACTED}=${REDACTED}`;
    })
    .join('&');
}

/** The route pattern (`/bookings/:reference`) and the redacted query: never the path as sent. */
export function loggedUrl(route: string | undefined, url: string | undefined): string {
  const query = url?.includes('?') ? redactQuery(url.slice(url.indexOf('?') + 1)) : '';
  return `${route ?? NO_ROUTE}${query ? `?${query}` : ''}`;
}

/**
 * Keeps the matched route pattern on the raw request, where the request log (pino-http, which only
 * sees the raw request) finds it when the answer is sent.
 */
export function rememberRoutePatterns(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, _reply, done) => {
    (request.raw as RoutedRequest)[ROUTE] = request.routeOptions.url;
    done();
  });
}

function withUrl(req: IncomingMessage, value: object): object {
  const routed = req as RoutedRequest;
  return { ...value, url: loggedUrl(routed[ROUTE], routed.originalUrl ?? routed.url) };
}

/**
 * What pino-http may write about a request: its id and method on every line of the request, and on
 * the line logged when it ends the route pattern, the redacted query, status and time. No path
 * parameters (references), query values (search texts, tokens), headers (Authorization, cookies,
 * Referer), bodies or client addresses; response headers neither (a file name holds a reference).
 */
export const REQUEST_LOG_OPTIONS = {
  serializers: {
    req: ({ id, method }: { id?: unknown; method?: string }) => ({ id, method }),
    res: ({ statusCode }: { statusCode?: number }) => ({ statusCode }),
  },
  customSuccessObject: (req, _res, value: object) => withUrl(req, value),
  customErrorObject: (req, _res, _error, value: object) => withUrl(req, value),
} satisfies Options;
