import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditController } from './audit.controller.js';
import { AuditInterceptor } from './audit.interceptor.js';
import { AuditLog } from './audit-log.service.js';
import { AuditEvent } from './entities/audit-event.entity.js';

/**
 * The audit trail, a module of its own: every module records into it (visits, admin, auth) and it
 * depends on none of them, so it cannot become a way around their rules. Endpoints opt in with
 * @Audited('action'); the interceptor, registered globally here, writes the row.
 */
@Module({
  imports: [TypeOrmModule.forFeature([AuditEvent])],
  controllers: [AuditController],
  providers: [AuditLog, { provide: APP_INTERCEPTOR, useClass: AuditInterceptor }],
  exports: [AuditLog],
})
export class AuditModule {}
