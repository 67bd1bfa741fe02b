import { type ArgumentsHost, Catch, type ExceptionFilter, Injectable, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Clock } from '../../common/clock/clock.js';
import { answerError, type ProblemPages, wantsPage } from '../../common/errors/all-exceptions.filter.js';
import type { ErrorResponse } from '../../common/errors/error-response.js';
import type { Language } from '../../common/i18n/localized.js';
import { PROBLEM_TEXTS, type ProblemTexts } from '../layout/problem.texts.js';
import { STAFF_LAYOUT_TEXTS } from '../staff/layout/staff-layout.texts.js';
import { pageLanguage } from './page-url.js';
import { Pages } from './pages.service.js';
import { retryAfterForPeople } from './retry-after.js';

/** Retry-After counts from now; the page says when in the municipality's time. */
const ZONE = 'Europe/Copenhagen';

function titleFor(status: number, t: ProblemTexts): string {
  if (status >= 500) return t.titles[500];
  return status === 404 || status === 429 ? t.titles[status] : t.titles.other;
}

/** The citizen pages' routes (src/web/citizen): everything else is the API's and answers JSON. */
const PAGE_ROUTES =
  /^\/($|aerinder\/|vejledning\/|ud\/|steder$|book\/|kvittering\/|min-tid\/|staff($|\/)|screen\/)/;

export function isPageRoute(route: string): boolean {
  return PAGE_ROUTES.test(route);
}

/**
 * The API's errors as a page: the same code and message in the page's language, with a way on.
 * When the error says how long to wait (`details.retryAfterSeconds`, as Retry-After does), the page
 * says when to try again; a rate limit also points to the phone, where nobody has to wait.
 */
@Injectable()
export class ProblemPage implements ProblemPages {
  constructor(
    private readonly pages: Pages,
    private readonly clock: Clock,
  ) {}

  language(request: FastifyRequest): Language {
    return pageLanguage(request.query);
  }

  isPage(request: FastifyRequest): boolean {
    const route = request.routeOptions.url;
    return route === undefined ? wantsPage(request) : isPageRoute(route);
  }

  private sendsOnToStaffPage(problem: ErrorResponse, request: FastifyRequest, reply: FastifyReply): boolean {
    const to = staffPageFor(problem);
    if (!to) return false;
    this.pages.redirect(request, reply, to.path, to.query);
    return true;
  }

  async render(problem: ErrorResponse, request: FastifyRequest, reply: FastifyReply): Promise<void> {
    if (this.sendsOnToStaffPage(problem, request, reply)) return;
    const language = this.language(request);
    const t = PROBLEM_TEXTS[language];
    const wait = problem.details?.retryAfterSeconds;
    const when =
      typeof wait === 'number' && Number.isFinite(wait) && wait > 0
        ? retryAfterForPeople(wait, language, this.clock.now(), ZONE)
        : undefined;
    await this.pages.render(request, reply, 'layout/problem', {
      title: titleFor(problem.statusCode, t),
      status: problem.statusCode,
      // The rate limit's own message says only "shortly"; the page can say when.
      message: problem.code === 'TOO_MANY_REQUESTS' && when ? t.tooMany : problem.message,
      code: problem.code,
      tryAgain: when && t.tryAgain(when),
      t,
      // On the staff pages, in the staff layout (without the menu: the session may be the problem).
      ...(request.url.startsWith('/staff') && {
        service: STAFF_LAYOUT_TEXTS[language].service,
        staffT: STAFF_LAYOUT_TEXTS[language],
      }),
    });
  }
}

/**
 * A staff page without a session goes to the sign-in page (and back after it); one signed in with
 * a one-time password goes to the password page. Both as 303, so a refused POST becomes a GET.
 */
function staffPageFor(problem: ErrorResponse): { path: string; query?: Record<string, string> } | undefined {
  if (problem.code === 'STAFF_SIGN_IN_REQUIRED') {
    const next = problem.details?.next;
    return { path: '/staff/log-ind', query: typeof next === 'string' ? { next } : undefined };
  }
  if (problem.code === 'STAFF_PASSWORD_CHANGE_REQUIRED') return { path: '/staff/adgangskode' };
  return undefined;
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
