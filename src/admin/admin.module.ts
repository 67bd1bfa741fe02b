import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { BookingsModule } from '../bookings/bookings.module.js';
import { ErrandsModule } from '../errands/errands.module.js';
import { LocationsModule } from '../locations/locations.module.js';
import { StaffingModule } from '../staffing/staffing.module.js';
import { AbsenceVisitsService } from './absence-visits.service.js';
import { AbsencesController } from './absences.controller.js';
import { AdminController } from './admin.controller.js';
import { AdminService } from './admin.service.js';

/** The municipality's maintenance API; writes only through the owning modules' writers. */
@Module({
  imports: [AuditModule, BookingsModule, ErrandsModule, LocationsModule, StaffingModule],
  controllers: [AdminController, AbsencesController],
  providers: [AdminService, AbsenceVisitsService],
  exports: [AdminService, AbsenceVisitsService],
})
export class AdminModule {}
