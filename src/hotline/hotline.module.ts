import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { AvailabilityModule } from '../availability/availability.module.js';
import { BookingsModule } from '../bookings/bookings.module.js';
import { ErrandsModule } from '../errands/errands.module.js';
import { LocationsModule } from '../locations/locations.module.js';
import { CallbackChanges } from './callback-changes.service.js';
import { HotlineController } from './hotline.controller.js';
import { HotlineService } from './hotline.service.js';
import { HotlineVisits } from './hotline-visits.service.js';
import { PhoneTriages } from './phone-triages.service.js';

/**
 * The hotline: a hotline place's callbacks, working a call (start, outcome, no answer) and booking a
 * visit from a call that needs one (a triage with source `phone`), cancelling or moving a call
 * for the citizen.
 */
@Module({
  imports: [AuthModule, BookingsModule, ErrandsModule, AvailabilityModule, LocationsModule],
  controllers: [HotlineController],
  providers: [HotlineService, HotlineVisits, PhoneTriages, CallbackChanges],
  // The staff pages (src/web/staff/hotline) call these directly.
  exports: [HotlineService, HotlineVisits, CallbackChanges],
})
export class HotlineModule {}
