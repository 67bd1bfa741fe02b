import { Module } from '@nestjs/common';
import { ErrandsModule } from '../errands/errands.module.js';
import { LocationsModule } from '../locations/locations.module.js';
import { AvailabilityController } from './availability.controller.js';
import { AvailabilityService } from './availability.service.js';
import { FirstFreeSnapshotJob } from './first-free-snapshot.job.js';

@Module({
  imports: [ErrandsModule, LocationsModule],
  controllers: [AvailabilityController],
  providers: [AvailabilityService, FirstFreeSnapshotJob],
  exports: [AvailabilityService],
})
export class AvailabilityModule {}
