import { type ArgumentsHost, Catch, type ExceptionFilter, Injectable, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { answerError, type ProblemPages } from '../../common/errors/all-exceptions.filter.js';
import type { ErrorResponse } from '../../common/errors/error-response.js';
import type { Language } from '../../common/i18n/localized.js';
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

function titleFor(status: number, language: Language): string {
  const titles = TITLES[language];
  if (status >= 500) return titles[500];
  return status === 404 || status === 429 ? titles[status] : titles.other;
}

/** The API's errors as a page: the same code and message in the page's language, with a way on. */
@Injectable()
export class ProblemPage implements ProblemPages {
  constructor(private readonly pages: Pages) {}

  language(request: FastifyRequest): Language {
    return pageLanguage(request.query);
  }

  async render(problem: ErrorResponse, request: FastifyRequest, reply: FastifyReply): Promise<void> {
    await this.pages.render(request, reply, 'layout/problem', {
      title: titleFor(problem.statusCode, this.language(request)),
      status: problem.statusCode,
      message: problem.message,
      code: problem.code,
    });
  }
}

/** Errors on a page route always become a page, never a JSON body in front of a citizen. */
@Catch()
@Injectable()
export class PageErrorsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Pages');

  constructor(private readonly problemPage: ProblemPage) {}

  async catch(error: unknown, host: ArgumentsHost): Promise<void> {
    const http = host.switchToHttp();
    await answerError(
      error,
      http.getRequest<FastifyRequest>(),
      http.getResponse<FastifyReply>(),
      this.logger,
      this.problemPage,
    );
  }
}
