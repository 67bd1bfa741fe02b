import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ErrandsModule } from '../errands/errands.module.js';
import { Closure } from './entities/closure.entity.js';
import { Location } from './entities/location.entity.js';
import { OpeningHours } from './entities/opening-hours.entity.js';
import { Station, StationErrand } from './entities/station.entity.js';
import { LocationsAdminController } from './admin/locations-admin.controller.js';
import { LocationDirectory } from './location-directory.js';
import { LocationQueries } from './location-queries.service.js';
import { LocationsController } from './locations.controller.js';
import { LocationsService } from './locations.service.js';
import { LocationsWriter } from './locations.writer.js';

/** Places to meet an adviser: locations, their stations, opening hours and closures. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Location, Station, StationErrand, OpeningHours, Closure]),
    ErrandsModule,
  ],
  controllers: [LocationsController, LocationsAdminController],
  providers: [LocationsService, LocationsWriter, LocationDirectory, LocationQueries],
  exports: [LocationsService, LocationsWriter, LocationDirectory, LocationQueries],
})
export class LocationsModule {}
