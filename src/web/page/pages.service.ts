import { Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Language } from '../../common/i18n/localized.js';
import { SettingsService } from '../../config/settings.service.js';
import { LAYOUT_TEXTS, type LayoutTexts } from '../layout/layout.texts.js';
import { Csrf } from './csrf.js';
import { pageHref, pageLanguage, switchLanguageHref } from './page-url.js';

/**
 * The pages' policy: styles, scripts, fonts, images and workers from this origin only (the design
 * system and ALTCHA's external build are served from their npm packages under /assets), forms post
 * only here, never framed. Nothing inline: no inline scripts, styles or style attributes.
 */
export const PAGE_CSP = [
  "default-src 'self'",
  "base-uri 'none'",
  "connect-src 'self'",
  "font-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "img-src 'self' data:",
  "object-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "worker-src 'self'",
].join('; ');

/** A problem with one field of a form: shown in the error summary and at the field. */
export interface FieldError {
  /** The id of the input the summary links to. */
  field: string;
  message: string;
}

export interface PageView {
  /** What the page is, for <title> and usually the <h1>: "Vælg tid". */
  title: string;
  /** Problems with what the citizen sent; the title then starts with "Fejl:". */
  errors?: FieldError[];
  /** Where the back link goes (a page URL without the language; the renderer adds it). */
  back?: string;
  /** HTTP status, 200 by default (a form with errors answers 400, a missing booking 404). */
  status?: number;
  /**
   * Where the language switch leads when the page answers a POST (its URL alone does not hold the
   * step's state): the GET of the same step, without personal data. Default: this URL.
   */
  switchTo?: { path: string; query?: Record<string, string | undefined> };
  /** The service named in the <title>, when it is not the citizens' "Book tid" (the staff pages). */
  service?: string;
  [data: string]: unknown;
}

/** What every template receives as `it.page`. */
export interface PageContext {
  lang: Language;
  t: LayoutTexts;
  fullTitle: string;
  switchHref: string;
  csrf: string;
  csrfField: string;
  municipality: string;
  phone: string;
  accessibilityUrl: string;
  back?: string;
  errors: FieldError[];
  href: (path: string, query?: Record<string, string | undefined>) => string;
}

@Injectable()
export class Pages {
  constructor(
    private readonly csrf: Csrf,
    private readonly settings: SettingsService,
  ) {}

  language(request: FastifyRequest): Language {
    return pageLanguage(request.query);
  }

  /** Renders a template inside the layout and sends it. */
  async render(
    request: FastifyRequest,
    reply: FastifyReply,
    template: string,
    view: PageView,
  ): Promise<void> {
    const lang = this.language(request);
    const t = LAYOUT_TEXTS[lang];
    const csrf = this.csrf;
    const errors = view.errors ?? [];
    const href = (path: string, query?: Record<string, string | undefined>) => pageHref(path, lang, query);
    const page: PageContext = {
      lang,
      t,
      fullTitle: `${errors.length > 0 ? `${t.errorPrefix}: ` : ''}${view.title} – ${view.service ?? t.service} – ${t.borgerservice}`,
      switchHref: view.switchTo
        ? pageHref(view.switchTo.path, lang === 'da' ? 'en' : 'da', view.switchTo.query)
        : switchLanguageHref(request.url, lang),
      // Made when a template asks for it: a page without a form sets no cookie.
      get csrf() {
        return csrf.tokenFor(request, reply);
      },
      csrfField: '_csrf',
      municipality: this.settings.get('MUNICIPALITY_NAME'),
      phone: this.settings.get('BORGERSERVICE_PHONE'),
      accessibilityUrl: this.settings.get('ACCESSIBILITY_STATEMENT_URL'),
      back: view.back === undefined ? undefined : href(view.back),
      errors,
      href,
    };
    const html = await reply.viewAsync(template, { ...view, page });
    void reply
      .status(view.status ?? (errors.length > 0 ? 400 : 200))
      .header('content-security-policy', PAGE_CSP)
      .header('content-type', 'text/html; charset=utf-8')
      .send(html);
  }

  /** POST → redirect → GET: 303 to a page in the request's language. */
  redirect(
    request: FastifyRequest,
    reply: FastifyReply,
    path: string,
    query?: Record<string, string | undefined>,
  ): void {
    void reply.redirect(pageHref(path, this.language(request), query), 303);
  }
}
