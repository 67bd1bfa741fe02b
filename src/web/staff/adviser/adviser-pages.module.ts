import { Module } from '@nestjs/common';
import { AuditModule } from '../../../audit/audit.module.js';
import { ErrandsModule } from '../../../errands/errands.module.js';
import { StaffingModule } from '../../../staffing/staffing.module.js';
import { VisitsModule } from '../../../visits/visits.module.js';
import { StaffKitModule } from '../staff-kit.module.js';
import { AdviserDayPage } from './adviser-day-page.service.js';
import { AdviserHomeController } from './adviser-home.controller.js';
import { CalendarPageController } from './calendar-page.controller.js';
import { VisitActionsController } from './visit-actions.controller.js';

/** The adviser pages under /staff/raadgiver: "Min dag", the visit's buttons, the calendar feed. */
@Module({
  imports: [StaffKitModule, VisitsModule, ErrandsModule, StaffingModule, AuditModule],
  controllers: [AdviserHomeController, VisitActionsController, CalendarPageController],
  providers: [AdviserDayPage],
})
export class AdviserPagesModule {}
