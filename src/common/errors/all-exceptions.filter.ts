import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { outageWatcherOf } from '../../database/database-outage.watcher.js';
import { resolveLanguage } from '../i18n/language.js';
import type { Language } from '../i18n/localized.js';
import { type ErrorResponse, internalErrorResponse, toErrorResponse } from './error-response.js';

/** When a client may try again after a 503 that does not say otherwise (the database probe runs each second). */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/**
 * What of an error goes into the log: never the query parameters a failed TypeORM query carries
 * (they can hold a citizen's name, e-mail or free text).
 */
export function loggableError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { value: String(error) };
  const { code, constraint } = error as Error & { code?: unknown; constraint?: unknown };
  return { type: error.name, message: error.message, code, constraint, stack: error.stack };
}

/** Shows an error as a page (the web module's problem page) instead of the JSON body. */
export interface ProblemPages {
  /** Whether the request is for a page: a page route, or no route at all from a browser. */
  isPage(request: FastifyRequest): boolean;
  language(request: FastifyRequest): Language;
  render(problem: ErrorResponse, request: FastifyRequest, reply: FastifyReply): Promise<void>;
}

/**
 * The one way an error becomes an answer: logged as it deserves, Retry-After when known, then the
 * error body as JSON — or, given `pages`, the same code and message as a page.
 */
export async function answerError(
  error: unknown,
  request: FastifyRequest,
  reply: FastifyReply,
  logger: Logger,
  pages?: ProblemPages,
): Promise<void> {
  const language = pages ? pages.language(request) : resolveLanguage(request.headers['accept-language']);
  let body = toErrorResponse(error, language);
  if (!body) {
    logger.error({ err: loggableError(error), reqId: request.id }, 'Unhandled error');
    body = internalErrorResponse(language);
  } else {
    // An outage is logged once by the watcher, not once per refused request.
    const watcher = body.code === 'DATABASE_UNAVAILABLE' ? outageWatcherOf(request.server) : undefined;
    if (watcher) watcher.failed(error);
    else if (body.statusCode >= 500)
      logger.warn({ err: loggableError(error), reqId: request.id, code: body.code }, body.message);
  }
  const retryAfter =
    body.details?.retryAfterSeconds ??
    (body.statusCode === 503 ? UNAVAILABLE_RETRY_AFTER_SECONDS : undefined);
  if (typeof retryAfter === 'number') void reply.header('retry-after', String(retryAfter));
  if (pages) await pages.render(body, request, reply);
  else void reply.status(body.statusCode).send(body);
}

/** The q-value the Accept header gives a media type (its most specific match), 0 when none. */
function quality(accept: string, type: string): number {
  const [major] = type.split('/');
  let best = { specificity: -1, q: 0 };
  for (const part of accept.split(',')) {
    const [range, ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const specificity = range === type ? 2 : range === `${major}/*` ? 1 : range === '*/*' ? 0 : -1;
    if (specificity <= best.specificity) continue;
    const q = params.find((param) => param.startsWith('q='));
    best = { specificity, q: q === undefined ? 1 : Number(q.slice(2)) || 0 };
  }
  return best.q;
}

/**
 * A browser navigating rather than a program calling: Accept ranks text/html above JSON (browsers
 * send `text/html,…,*\/*;q=0.8`; API clients send JSON or nothing).
 */
export function wantsPage(request: Pick<FastifyRequest, 'headers'>): boolean {
  const accept = request.headers.accept;
  if (typeof accept !== 'string') return false;
  return quality(accept, 'text/html') > quality(accept, 'application/json');
}

/**
 * The single place where errors become HTTP answers: every 4xx/5xx has the same shape. Errors a page
 * route meets before its handler (a rate limit, hostile input) and a browser's mistyped address
 * become a page when the web module provides one; the API's routes always answer JSON.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(private readonly pages?: ProblemPages) {}

  async catch(error: unknown, host: ArgumentsHost): Promise<void> {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const pages = this.pages?.isPage(request) ? this.pages : undefined;
    await answerError(error, request, http.getResponse<FastifyReply>(), this.logger, pages);
  }
}
