import { Module } from '@nestjs/common';
import { AvailabilityModule } from '../availability/availability.module.js';
import { ErrandsModule } from '../errands/errands.module.js';
import { LocationsModule } from '../locations/locations.module.js';
import { AdminController } from './admin.controller.js';
import { BookingGuardService } from './booking-guard.service.js';
import { SchedulingAdminService } from './scheduling-admin.service.js';

@Module({
  imports: [AvailabilityModule, ErrandsModule, LocationsModule],
  controllers: [AdminController],
  providers: [BookingGuardService, SchedulingAdminService],
})
export class AdminModule {}
