import { Module } from '@nestjs/common';
import { AvailabilityModule } from '../availability/availability.module.js';
import { BookingsModule } from '../bookings/bookings.module.js';
import { ErrandsModule } from '../errands/errands.module.js';
import { LocationsModule } from '../locations/locations.module.js';
import { StartPageController } from './citizen/start/start-page.controller.js';
import { Csrf, CsrfGuard } from './page/csrf.js';
import { PageErrorsFilter, ProblemPage } from './page/page-errors.filter.js';
import { Pages } from './page/pages.service.js';

/** The pages: one floor above the domain modules, calling their services, never their tables. */
@Module({
  imports: [ErrandsModule, LocationsModule, AvailabilityModule, BookingsModule],
  controllers: [StartPageController],
  providers: [Pages, Csrf, CsrfGuard, ProblemPage, PageErrorsFilter],
  exports: [ProblemPage],
})
export class WebModule {}
