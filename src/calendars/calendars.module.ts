import { Module } from '@nestjs/common';
import { BookingsModule } from '../bookings/bookings.module.js';
import { StaffingModule } from '../staffing/staffing.module.js';
import { LocationsModule } from '../locations/locations.module.js';
import { AdvisersController } from './advisers.controller.js';
import { FeedsController } from './feeds.controller.js';
import { FeedsService } from './feeds.service.js';

@Module({
  imports: [BookingsModule, StaffingModule, LocationsModule],
  controllers: [AdvisersController, FeedsController],
  providers: [FeedsService],
})
export class CalendarsModule {}
