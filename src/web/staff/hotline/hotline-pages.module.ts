import { Module } from '@nestjs/common';
import { AuditModule } from '../../../audit/audit.module.js';
import { HotlineModule } from '../../../hotline/hotline.module.js';
import { StaffKitModule } from '../staff-kit.module.js';
import { CallPageController } from './call-page.controller.js';
import { HotlineHomeController } from './hotline-home.controller.js';
import { VisitPageController } from './visit-page.controller.js';

/**
 * The hotline pages under /staff/hotline: today's callbacks in order, one call with "Ring op" and
 * its outcome, and a visit booked straight from a call that needs one.
 */
@Module({
  imports: [StaffKitModule, HotlineModule, AuditModule],
  // The visit page's longer path before the call page's.
  controllers: [HotlineHomeController, VisitPageController, CallPageController],
})
export class HotlinePagesModule {}
