import { Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SettingsService } from '../../../config/settings.service.js';

/**
 * The staff pages' session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site's
 * link or form carries it), `__Host-` and Secure behind HTTPS, and no Max-Age, so it also ends when
 * the browser closes. The API never reads it: integrations keep their bearer tokens.
 */
@Injectable()
export class StaffSessionCookie {
  constructor(private readonly settings: SettingsService) {}

  private get name(): string {
    return this.settings.get('BEHIND_HTTPS') ? '__Host-staff-session' : 'staff-session';
  }

  read(request: FastifyRequest): string | undefined {
    return request.cookies[this.name];
  }

  set(reply: FastifyReply, token: string): void {
    void reply.setCookie(this.name, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: this.settings.get('BEHIND_HTTPS'),
    });
  }

  clear(reply: FastifyReply): void {
    void reply.clearCookie(this.name, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: this.settings.get('BEHIND_HTTPS'),
    });
  }
}
