import type CsrfTokens from '@fastify/csrf';
import { createRequire } from 'node:module';
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SettingsService } from '../../config/settings.service.js';
import { FormExpiredError } from '../web.errors.js';

/** The form field every page form carries (a hidden input, see layout/partials/csrf.eta). */
export const CSRF_FIELD = '_csrf';
// CommonJS whose typings declare a callable: called, as they describe.
const Tokens = createRequire(import.meta.url)('@fastify/csrf') as typeof CsrfTokens;
const tokens = Tokens();

/**
 * Double-submit CSRF protection with @fastify/csrf's tokens: a random secret in an HttpOnly,
 * SameSite=Lax cookie (`__Host-` and Secure behind HTTPS) and, in each form, a token made from it.
 * A forged cross-site form has neither the cookie (SameSite) nor a token for it. Checked in a Nest
 * guard rather than @fastify/csrf-protection's hook: a refused form must become a page with an
 * error summary, which only Nest's filters render.
 */
@Injectable()
export class Csrf {
  constructor(private readonly settings: SettingsService) {}

  private get cookieName(): string {
    return this.settings.get('BEHIND_HTTPS') ? '__Host-csrf' : 'csrf';
  }

  /** A token for the forms on this page; sets the secret cookie the first time. */
  tokenFor(request: FastifyRequest, reply: FastifyReply): string {
    const secret = request.cookies[this.cookieName];
    if (secret === undefined || !/^[A-Za-z0-9_-]{16,64}$/.test(secret))
      return tokens.create(this.renew(request, reply));
    return tokens.create(secret);
  }

  /**
   * A new secret, so tokens made before stop working: at staff sign-in and sign-out, a secret
   * planted or seen before (e.g. by a sibling subdomain without `__Host-`) is worth nothing after.
   */
  renew(request: FastifyRequest, reply: FastifyReply): string {
    const fresh = tokens.secretSync();
    void reply.setCookie(this.cookieName, fresh, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: this.settings.get('BEHIND_HTTPS'),
    });
    request.cookies[this.cookieName] = fresh;
    return fresh;
  }

  verify(request: FastifyRequest): boolean {
    const secret = request.cookies[this.cookieName];
    const token = (request.body as Record<string, unknown> | undefined)?.[CSRF_FIELD];
    return typeof secret === 'string' && typeof token === 'string' && tokens.verify(secret, token);
  }
}

/** Every page POST: the form must carry the token of a page this site showed. */
@Injectable()
export class CsrfGuard implements CanActivate {
  constructor(private readonly csrf: Csrf) {}

  canActivate(context: ExecutionContext): boolean {
    if (!this.csrf.verify(context.switchToHttp().getRequest<FastifyRequest>())) throw new FormExpiredError();
    return true;
  }
}
