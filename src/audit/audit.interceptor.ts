import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { mergeMap, type Observable } from 'rxjs';
import { auditTargets } from './audit-targets.js';
import { AUDITED_KEY } from './audited.decorator.js';
import { AuditLog } from './audit-log.service.js';

/**
 * Writes the audit row of an @Audited endpoint once it has succeeded, before the answer leaves: if
 * the row cannot be written the caller gets an error instead of unaudited personal data.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditLog,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const action = this.reflector.get<string | undefined>(AUDITED_KEY, context.getHandler());
    if (!action) return next.handle();
    const request = context
      .switchToHttp()
      .getRequest<FastifyRequest & { staff?: { id: string }; params?: Record<string, unknown> }>();
    return next.handle().pipe(
      mergeMap(async (result: unknown) => {
        // @Audited endpoints are staff endpoints: the guard has put the signed-in account here.
        if (request.staff)
          await this.audit.record(request.staff.id, action, auditTargets(request.params, result));
        return result;
      }),
    );
  }
}
