import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { FastifyRequest } from 'fastify';
import { AuthenticationRequiredError, InvalidTokenError, RoleRequiredError } from './auth.errors.js';
import type { Role } from './entities/staff-account.entity.js';
import { ROLES_KEY, type StaffPrincipal } from './roles.decorator.js';

interface AccessTokenClaims {
  sub: string;
  name: string;
  roles: Role[];
  adviserId: string | null;
}

/**
 * Global guard: endpoints marked @Roles(...) need a valid bearer token (401 otherwise) with one of
 * the roles (403 otherwise); every other endpoint is public.
 */
@Injectable()
export class StaffGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
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
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) throw new AuthenticationRequiredError();
    let claims: AccessTokenClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(token);
    } catch {
      throw new InvalidTokenError();
    }
    if (!claims.roles.some((role) => roles.includes(role))) throw new RoleRequiredError(roles);
    request.staff = { id: claims.sub, name: claims.name, roles: claims.roles, adviserId: claims.adviserId };
    return true;
  }
}
