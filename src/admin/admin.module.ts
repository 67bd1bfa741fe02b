import { Module } from '@nestjs/common';
import { BookingsModule } from '../bookings/bookings.module.js';
import { ErrandsModule } from '../errands/errands.module.js';
import { LocationsModule } from '../locations/locations.module.js';
import { StaffingModule } from '../staffing/staffing.module.js';
import { AdminController } from './admin.controller.js';
import { AdminService } from './admin.service.js';

/** The municipality's maintenance API; writes only through the owning modules' writers. */
@Module({
  imports: [BookingsModule, ErrandsModule, LocationsModule, StaffingModule],
  controllers: [AdminController],
  providers: [AdminService],
})
export class AdminModule {}
