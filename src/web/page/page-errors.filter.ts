import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { loggableError } from '../../common/errors/all-exceptions.filter.js';
import { internalErrorResponse, toErrorResponse } from '../../common/errors/error-response.js';
import { pageLanguage } from './page-url.js';
import { Pages } from './pages.service.js';

const TITLES = {
  da: { 404: 'Siden findes ikke', 429: 'For mange forsøg', 500: 'Der skete en fejl', other: 'Det gik ikke' },
  en: {
    404: 'Page not found',
    429: 'Too many attempts',
    500: 'Something went wrong',
    other: 'That did not work',
  },
} as const;

/**
 * Errors on a page become a page: the same domain errors and codes as the API's, told in the
 * page's language with a way on, never a JSON body in front of a citizen.
 */
@Catch()
export class PageErrorsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Pages');

  constructor(private readonly pages: Pages) {}

  async catch(error: unknown, host: ArgumentsHost): Promise<void> {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const lang = pageLanguage(request.query);
    let body = toErrorResponse(error, lang);
    if (!body) {
      this.logger.error({ err: loggableError(error), reqId: request.id }, 'Unhandled page error');
      body = internalErrorResponse(lang);
    }
    const titles = TITLES[lang];
    const status = body.statusCode;
    const title = status === 404 || status === 429 || status === 500 ? titles[status] : titles.other;
    const retryAfter = body.details?.retryAfterSeconds;
    if (typeof retryAfter === 'number') void reply.header('retry-after', String(retryAfter));
    await this.pages.render(request, reply, 'layout/problem', {
      title: status >= 500 ? titles[500] : title,
      status,
      message: body.message,
      code: body.code,
    });
  }
}
