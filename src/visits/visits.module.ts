import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { AvailabilityModule } from '../availability/availability.module.js';
import { BookingsModule } from '../bookings/bookings.module.js';
import { ErrandsModule } from '../errands/errands.module.js';
import { LocationsModule } from '../locations/locations.module.js';
import { StaffingModule } from '../staffing/staffing.module.js';
import { AdviserDayController } from './adviser-day.controller.js';
import { AdviserDayService } from './adviser-day.service.js';
import { NextFreeTimeService } from './next-free-time.service.js';
import { NoShowSweep } from './no-show.sweep.js';
import { QueueController } from './queue.controller.js';
import { ReceptionBookingsController } from './reception-bookings.controller.js';
import { ReceptionController } from './reception.controller.js';
import { ReceptionDesk } from './reception-desk.service.js';
import { VisitsController } from './visits.controller.js';
import { VisitsService } from './visits.service.js';

/**
 * A booking on its day: reception's check-ins, arrivals and walk-ins, the waiting-room queue, the
 * adviser's day and call-next, the visit lifecycle and the no-show sweep.
 */
@Module({
  imports: [AuthModule, BookingsModule, ErrandsModule, AvailabilityModule, LocationsModule, StaffingModule],
  controllers: [
    ReceptionController,
    ReceptionBookingsController,
    QueueController,
    AdviserDayController,
    VisitsController,
  ],
  providers: [VisitsService, AdviserDayService, NextFreeTimeService, NoShowSweep, ReceptionDesk],
  // The staff pages (src/web/staff) call these directly.
  exports: [VisitsService, AdviserDayService, NextFreeTimeService, ReceptionDesk],
})
export class VisitsModule {}
