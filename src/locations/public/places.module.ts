import { Module } from '@nestjs/common';
import { AvailabilityModule } from '../../availability/availability.module.js';
import { ErrandsModule } from '../../errands/errands.module.js';
import { LocationsModule } from '../locations.module.js';
import { PlacesController } from './places.controller.js';
import { PlacesService } from './places.service.js';

/**
 * The public face of the places: GET /locations and the service the pages use. Apart from
 * LocationsModule because the next free time comes from availability, which builds on locations.
 */
@Module({
  imports: [LocationsModule, AvailabilityModule, ErrandsModule],
  controllers: [PlacesController],
  providers: [PlacesService],
  exports: [PlacesService],
})
export class PlacesModule {}
