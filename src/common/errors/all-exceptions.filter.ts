import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { resolveLanguage } from '../i18n/language.js';
import { internalErrorResponse, toErrorResponse } from './error-response.js';

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
  if (body.statusCode >= 500)
    logger.warn({ err: loggableError(error), reqId: request.id, code: body.code }, body.message);
  const retryAfter = body.details?.retryAfterSeconds;
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
