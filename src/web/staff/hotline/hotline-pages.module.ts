import { Module } from '@nestjs/common';
import { AuditModule } from '../../../audit/audit.module.js';
import { HotlineModule } from '../../../hotline/hotline.module.js';
import { StaffKitModule } from '../staff-kit.module.js';
import { CallPageController } from './call-page.controller.js';
import { HotlineHomeController } from './hotline-home.controller.js';
import { MovePageController } from './move-page.controller.js';
import { VisitPageController } from './visit-page.controller.js';

/**
 * The hotline pages under /staff/hotline: today's callbacks in order, one call with "Ring op" and
 * its outcome, cancelling or moving a call for the citizen, and a visit booked straight from a call
 * that needs one.
 */
@Module({
  imports: [StaffKitModule, HotlineModule, AuditModule],
  // The visit and move pages' longer paths before the call page's.
  controllers: [HotlineHomeController, VisitPageController, MovePageController, CallPageController],
})
export class HotlinePagesModule {}
