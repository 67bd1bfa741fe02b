import {
  applyDecorators,
  type CanActivate,
  type ExecutionContext,
  Injectable,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { RoleRequiredError } from '../../../auth/auth.errors.js';
import type { Role } from '../../../auth/entities/staff-account.entity.js';
import type { StaffPrincipal } from '../../../auth/roles.decorator.js';
import { StaffSessions } from '../../../auth/sessions/staff-sessions.service.js';
import { StaffPasswordChangeRequiredError, StaffSignInRequiredError } from '../staff.errors.js';
import { StaffSessionCookie } from './staff-session.cookie.js';

const STAFF_PAGE_KEY = 'staff-page';

export interface StaffPageOptions {
  /** A page that refreshes itself (polling, events) reads the session without extending it. */
  touch?: boolean;
  /** Only the password page is open to an account that must change its one-time password. */
  beforePasswordChange?: boolean;
}

interface StaffPageMeta extends StaffPageOptions {
  roles: Role[];
}

/** What the guard leaves on the request for the page (and for @CurrentStaff and @Audited). */
export interface StaffPageRequest extends FastifyRequest {
  staff?: StaffPrincipal;
  staffSession?: { idleEndsAt: Date };
}

/** The page is for staff signed in on the pages (cookie session) with at least one of these roles. */
export const StaffPage = (roles: Role[], options: StaffPageOptions = {}) =>
  applyDecorators(SetMetadata(STAFF_PAGE_KEY, { roles, ...options }), UseGuards(StaffPageGuard));

/** A GET page's own address, to come back to after signing in (never another site's). */
export function nextAfterSignIn(request: FastifyRequest): string | undefined {
  return request.method === 'GET' && request.url.startsWith('/staff') ? request.url : undefined;
}

/**
 * No session, or one that ended (idle, past its end, password changed, account deactivated) →
 * STAFF_SIGN_IN_REQUIRED, which the page filter turns into a redirect to the sign-in page. A role
 * the account lacks → 403 ROLE_REQUIRED. The account is read as it is now, as for the API.
 */
@Injectable()
export class StaffPageGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: StaffSessions,
    private readonly cookie: StaffSessionCookie,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const meta = this.reflector.getAllAndOverride<StaffPageMeta>(STAFF_PAGE_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const request = context.switchToHttp().getRequest<StaffPageRequest>();
    const session = await this.sessions.resume(this.cookie.read(request), { touch: meta.touch });
    if (!session) throw new StaffSignInRequiredError(nextAfterSignIn(request));
    if (session.mustChangePassword && !meta.beforePasswordChange)
      throw new StaffPasswordChangeRequiredError();
    if (meta.roles.length > 0 && !session.staff.roles.some((role) => meta.roles.includes(role)))
      throw new RoleRequiredError(meta.roles);
    request.staff = session.staff;
    request.staffSession = { idleEndsAt: session.idleEndsAt };
    return true;
  }
}
