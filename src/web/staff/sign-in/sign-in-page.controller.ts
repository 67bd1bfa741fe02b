import {
  Body,
  Controller,
  Get,
  HttpCode,
  Post,
  Query,
  Req,
  Res,
  UseFilters,
  UseGuards,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AuthService } from '../../../auth/auth.service.js';
import { ChangePasswordDto, LoginDto } from '../../../auth/dto/auth.dto.js';
import type { StaffAccount } from '../../../auth/entities/staff-account.entity.js';
import { StaffSessions } from '../../../auth/sessions/staff-sessions.service.js';
import { Csrf, CsrfGuard } from '../../page/csrf.js';
import { PageErrorsFilter } from '../../page/page-errors.filter.js';
import type { FieldError } from '../../page/pages.service.js';
import { errorAtField, readForm } from '../forms/staff-form.js';
import { homeOf } from '../layout/staff-nav.js';
import { StaffPage, type StaffPageRequest } from '../session/staff-page.guard.js';
import { StaffSessionCookie } from '../session/staff-session.cookie.js';
import { StaffPages } from '../staff-pages.service.js';
import { SIGN_IN_TEXTS } from './sign-in.texts.js';
import { formText } from '../../page/form-text.js';

/**
 * Only a staff page of this site is a place to go back to after signing in (no open redirect):
 * the address as a browser would resolve it (dot segments, encoded dots) must still be a path
 * under /staff, and it is passed on in that resolved form, so nothing is left to resolve later.
 */
export function safeNext(next: unknown): string | undefined {
  if (typeof next !== 'string' || next.length > 500 || !next.startsWith('/staff')) return undefined;
  // Control characters, backslashes and scheme-relative starts are never part of a page address.
  if ([...next].some((char) => char <= ' ' || char === '\u007f' || char === '\\')) return undefined;
  let url: URL;
  try {
    url = new URL(next, 'http://page.invalid');
  } catch {
    return undefined;
  }
  const inStaff = url.pathname === '/staff' || url.pathname.startsWith('/staff/');
  if (url.origin !== 'http://page.invalid' || !inStaff || url.pathname.startsWith('//')) return undefined;
  return `${url.pathname}${url.search}`;
}

/** Sign-in, sign-out, staying signed in and the own password change on the staff pages. */
@ApiExcludeController()
@UseFilters(PageErrorsFilter)
@Controller('staff')
export class SignInPageController {
  constructor(
    private readonly pages: StaffPages,
    private readonly auth: AuthService,
    private readonly sessions: StaffSessions,
    private readonly cookie: StaffSessionCookie,
    private readonly csrf: Csrf,
  ) {}

  /** Each account's home: the first of its areas. */
  @Get()
  @StaffPage([])
  home(@Req() request: StaffPageRequest, @Res() reply: FastifyReply): void {
    this.pages.redirect(request, reply, homeOf(request.staff!.roles));
  }

  @Get('log-ind')
  async signInPage(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Query() query: Record<string, unknown>,
  ): Promise<void> {
    const t = SIGN_IN_TEXTS[this.pages.language(request)];
    const notice = query.udloebet === '1' ? t.expired : query['logget-ud'] === '1' ? t.signedOut : undefined;
    await this.show(request, reply, { email: '', next: safeNext(query.next), notice });
  }

  @Post('log-ind')
  @UseGuards(CsrfGuard)
  async signIn(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Body() body: Record<string, unknown>,
    @Query() query: Record<string, unknown>,
  ): Promise<void> {
    const language = this.pages.language(request);
    const next = safeNext(query.next);
    const email = formText(body?.email);
    const form = await readForm(LoginDto, { email, password: formText(body?.password) }, language);
    if (!form.ok)
      return this.show(request, reply, { email, next, errors: this.missing(form.errors, language) });
    let account: StaffAccount;
    try {
      account = await this.auth.verifyCredentials(form.dto.email, form.dto.password, request.ip);
    } catch (error) {
      const errors = errorAtField(error, 'email', language);
      const status = (error as { kind?: string }).kind === 'rate_limited' ? 429 : 400;
      return this.show(request, reply, { email, next, errors, status });
    }
    await this.startSession(request, reply, account);
    this.pages.redirect(
      request,
      reply,
      account.mustChangePassword ? '/staff/adgangskode' : (next ?? homeOf(account.roles)),
    );
  }

  @Post('log-ud')
  @UseGuards(CsrfGuard)
  async signOut(@Req() request: StaffPageRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.sessions.end(this.cookie.read(request));
    this.cookie.clear(reply);
    this.csrf.renew(request, reply);
    this.pages.redirect(request, reply, '/staff/log-ind', { 'logget-ud': '1' });
  }

  /** "Forbliv logget ind" in the idle warning: the guard's read of the session extends it. */
  @Post('session')
  @HttpCode(204)
  @StaffPage([], { beforePasswordChange: true })
  @UseGuards(CsrfGuard)
  stay(): void {}

  @Get('adgangskode')
  @StaffPage([], { beforePasswordChange: true })
  async passwordPage(@Req() request: StaffPageRequest, @Res() reply: FastifyReply): Promise<void> {
    const t = SIGN_IN_TEXTS[this.pages.language(request)];
    await this.pages.render(request, reply, 'staff/sign-in/password', { title: t.passwordTitle, t });
  }

  @Post('adgangskode')
  @StaffPage([], { beforePasswordChange: true })
  @UseGuards(CsrfGuard)
  async changePassword(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const language = this.pages.language(request);
    const t = SIGN_IN_TEXTS[language];
    const passwords = {
      currentPassword: formText(body?.currentPassword),
      newPassword: formText(body?.newPassword),
    };
    const form = await readForm(ChangePasswordDto, passwords, language);
    let errors: FieldError[] = form.ok ? [] : form.errors;
    if (form.ok) {
      try {
        const account = await this.auth.changeOwnPassword(request.staff!.id, form.dto, request.ip);
        // The change ended every session of the account, this one too: a new one goes on.
        await this.startSession(request, reply, account);
        return this.pages.redirect(request, reply, homeOf(account.roles));
      } catch (error) {
        const field =
          (error as { code?: string }).code === 'PASSWORD_NOT_ALLOWED' ? 'newPassword' : 'currentPassword';
        errors = errorAtField(error, field, language);
      }
    }
    await this.pages.render(request, reply, 'staff/sign-in/password', { title: t.passwordTitle, t, errors });
  }

  private async startSession(
    request: StaffPageRequest,
    reply: FastifyReply,
    account: StaffAccount,
  ): Promise<void> {
    // A new value at every sign-in: a session value planted before it signs nobody in.
    await this.sessions.end(this.cookie.read(request));
    const session = await this.sessions.start(account.id, account.tokenVersion);
    this.cookie.set(reply, session.token);
    this.csrf.renew(request, reply);
  }

  private missing(errors: FieldError[], language: 'da' | 'en'): FieldError[] {
    const t = SIGN_IN_TEXTS[language];
    return errors.map((error) => ({
      field: error.field,
      message: error.field === 'password' ? t.passwordMissing : t.emailMissing,
    }));
  }

  private async show(
    request: StaffPageRequest,
    reply: FastifyReply,
    view: { email: string; next?: string; notice?: string; errors?: FieldError[]; status?: number },
  ): Promise<void> {
    const t = SIGN_IN_TEXTS[this.pages.language(request)];
    await this.pages.render(request, reply, 'staff/sign-in/sign-in', { title: t.title, t, ...view });
  }
}
