import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyRequest } from 'fastify';
import type { DataSource } from 'typeorm';
import { parseClaims } from './access-token.js';
import {
  AuthenticationRequiredError,
  InvalidTokenError,
  PasswordChangeRequiredError,
  RoleRequiredError,
} from './auth.errors.js';
import type { Role } from './entities/staff-account.entity.js';
import { currentAccount } from './staff-principal.js';
import { OPEN_BEFORE_PASSWORD_CHANGE_KEY, ROLES_KEY, type StaffPrincipal } from './roles.decorator.js';

/**
 * Global guard: endpoints marked @Roles(...) need a valid bearer token (401 otherwise) with one of
 * the roles (403 otherwise); every other endpoint is public.
 *
 * A token is only as good as its account: deactivated, deleted, or its password changed or reset
 * since (the token version went up) → 401 INVALID_TOKEN. The account is read from PostgreSQL on
 * every staff request rather than cached: it is one indexed lookup on a prepared statement, staff
 * requests are few next to citizens', and a cache would let a revoked token work on for its
 * lifetime on every other API instance. Roles and locations come from that read too, so an
 * admin's change applies at the next request.
 */
@Injectable()
export class StaffGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    // Public endpoints answer synchronously: no promise on the citizens' hot paths.
    if (!roles) return true;
    return this.authorize(context, roles);
  }

  private async authorize(context: ExecutionContext, roles: Role[]): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest & { staff?: StaffPrincipal }>();
    const staff = await this.principal(request.headers.authorization);
    const openBeforeChange = this.reflector.getAllAndOverride<boolean | undefined>(
      OPEN_BEFORE_PASSWORD_CHANGE_KEY,
      [context.getHandler(), context.getClass()],
    );
    if (staff.mustChangePassword && !openBeforeChange) throw new PasswordChangeRequiredError();
    if (!staff.roles.some((role) => roles.includes(role))) throw new RoleRequiredError(roles);
    request.staff = staff.principal;
    return true;
  }

  private async principal(
    authorization: string | undefined,
  ): Promise<{ principal: StaffPrincipal; roles: Role[]; mustChangePassword: boolean }> {
    const [scheme, token] = (authorization ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) throw new AuthenticationRequiredError();
    let payload: unknown;
    try {
      payload = await this.jwt.verifyAsync<object>(token);
    } catch {
      throw new InvalidTokenError();
    }
    const claims = parseClaims(payload);
    if (!claims) throw new InvalidTokenError();
    const account = await currentAccount(this.dataSource, claims.sub);
    if (!account || account.tokenVersion !== claims.ver) throw new InvalidTokenError();
    return {
      principal: account.principal,
      roles: account.principal.roles,
      mustChangePassword: account.mustChangePassword,
    };
  }
}
