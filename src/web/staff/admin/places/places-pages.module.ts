import { Module } from '@nestjs/common';
import { AdminModule } from '../../../../admin/admin.module.js';
import { AuditModule } from '../../../../audit/audit.module.js';
import { ErrandsModule } from '../../../../errands/errands.module.js';
import { LocationsModule } from '../../../../locations/locations.module.js';
import { StaffKitModule } from '../../staff-kit.module.js';
import { ClosurePageController } from './closure-page.controller.js';
import { OpeningHoursPageController } from './opening-hours-page.controller.js';
import { PlacesChanges } from './places-changes.service.js';
import { PlacesPageData } from './places-page-data.service.js';
import { PlacesPageController } from './places-page.controller.js';
import { StationPageController } from './station-page.controller.js';

/** The admin's places pages (/staff/admin/steder): locations, stations, opening hours, closures. */
@Module({
  imports: [StaffKitModule, AdminModule, AuditModule, ErrandsModule, LocationsModule],
  controllers: [
    PlacesPageController,
    ClosurePageController,
    OpeningHoursPageController,
    StationPageController,
  ],
  providers: [PlacesChanges, PlacesPageData],
})
export class PlacesPagesModule {}
