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

/** A browser navigating (Accept names text/html, with q above 0) rather than a program calling the API. */
export function wantsPage(request: Pick<FastifyRequest, 'headers'>): boolean {
  const accept = request.headers.accept;
  if (typeof accept !== 'string') return false;
  return accept.split(',').some((part) => {
    const [type, ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const q = params.find((param) => param.startsWith('q='));
    return type === 'text/html' && (q === undefined || Number(q.slice(2)) > 0);
  });
}

/**
 * The single place where errors become HTTP answers: every 4xx/5xx has the same shape. A browser
 * that navigated here (a mistyped address, a rate limit on a page) gets it as a page when the web
 * module provides one; API clients always get JSON.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(private readonly pages?: ProblemPages) {}

  async catch(error: unknown, host: ArgumentsHost): Promise<void> {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const pages = this.pages && wantsPage(request) ? this.pages : undefined;
    await answerError(error, request, http.getResponse<FastifyReply>(), this.logger, pages);
  }
}
