import { Module } from '@nestjs/common';
import { BookingsModule } from '../bookings/bookings.module.js';
import { LocationsModule } from '../locations/locations.module.js';
import { StaffingModule } from '../staffing/staffing.module.js';
import { FeedsController } from './feeds.controller.js';
import { FeedsService } from './feeds.service.js';

/** iCalendar feeds for advisers and locations (the tokens live with their owners). */
@Module({
  imports: [BookingsModule, StaffingModule, LocationsModule],
  controllers: [FeedsController],
  providers: [FeedsService],
})
export class CalendarsModule {}
