import { Module } from '@nestjs/common';
import { BookingsModule } from '../bookings/bookings.module.js';
import { StaffingModule } from '../staffing/staffing.module.js';
import { AdvisersController } from './advisers.controller.js';

@Module({
  imports: [BookingsModule, StaffingModule],
  controllers: [AdvisersController],
})
export class CalendarsModule {}
