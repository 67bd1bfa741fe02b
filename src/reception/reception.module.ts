import { Module } from '@nestjs/common';
import { AvailabilityModule } from '../availability/availability.module.js';
import { BookingsModule } from '../bookings/bookings.module.js';
import { ErrandsModule } from '../errands/errands.module.js';
import { LocationsModule } from '../locations/locations.module.js';
import { QueueController, ReceptionController } from './reception.controller.js';

@Module({
  imports: [BookingsModule, ErrandsModule, AvailabilityModule, LocationsModule],
  controllers: [ReceptionController, QueueController],
})
export class ReceptionModule {}
