import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { outageWatcherOf } from '../../database/database-outage.watcher.js';
import { resolveLanguage } from '../i18n/language.js';
import { internalErrorResponse, toErrorResponse } from './error-response.js';

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

function sendError(error: unknown, request: FastifyRequest, reply: FastifyReply, logger: Logger): void {
  const language = resolveLanguage(request.headers['accept-language']);
  const body = toErrorResponse(error, language);
  if (!body) {
    logger.error({ err: loggableError(error), reqId: request.id }, 'Unhandled error');
    void reply.status(500).send(internalErrorResponse(language));
    return;
  }
  // An outage is logged once by the watcher, not once per refused request.
  const watcher = body.code === 'DATABASE_UNAVAILABLE' ? outageWatcherOf(request.server) : undefined;
  if (watcher) watcher.failed(error);
  else if (body.statusCode >= 500)
    logger.warn({ err: loggableError(error), reqId: request.id, code: body.code }, body.message);
  const retryAfter =
    body.details?.retryAfterSeconds ??
    (body.statusCode === 503 ? UNAVAILABLE_RETRY_AFTER_SECONDS : undefined);
  if (typeof retryAfter === 'number') void reply.header('retry-after', String(retryAfter));
  void reply.status(body.statusCode).send(body);
}

/** The single place where errors become HTTP answers: every 4xx/5xx has the same shape. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    sendError(error, http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>(), this.logger);
  }
}
