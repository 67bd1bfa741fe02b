import { Module } from '@nestjs/common';
import { AuditModule } from '../../../audit/audit.module.js';
import { ErrandsModule } from '../../../errands/errands.module.js';
import { VisitsModule } from '../../../visits/visits.module.js';
import { StaffKitModule } from '../staff-kit.module.js';
import { ArrivalsPageController } from './arrivals-page.controller.js';
import { BookingPageController } from './booking-page.controller.js';
import { DeskPage } from './desk-page.js';
import { MovePageController } from './move-page.controller.js';
import { ReceptionHomeController } from './reception-home.controller.js';
import { WalkInPageController } from './walk-in-page.controller.js';
import { WalkInResultController } from './walk-in-result.controller.js';

/**
 * The reception pages under /staff/reception: today's arrivals with check-in (typed or scanned),
 * finding a booking, cancelling or moving it for a citizen, undoing a no-show, and walk-ins.
 */
@Module({
  imports: [StaffKitModule, VisitsModule, ErrandsModule, AuditModule],
  controllers: [
    ReceptionHomeController,
    // The walk-in routes before the arrivals' `:location` routes they could be mistaken for.
    WalkInPageController,
    WalkInResultController,
    MovePageController,
    BookingPageController,
    ArrivalsPageController,
  ],
  providers: [DeskPage],
})
export class ReceptionPagesModule {}
