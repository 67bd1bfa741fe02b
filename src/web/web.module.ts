import { Module } from '@nestjs/common';
import { AvailabilityModule } from '../availability/availability.module.js';
import { BookingsModule } from '../bookings/bookings.module.js';
import { ErrandsModule } from '../errands/errands.module.js';
import { LocationsModule } from '../locations/locations.module.js';
import { PlacesModule } from '../locations/public/places.module.js';
import { BookingForms } from './citizen/check/booking-forms.service.js';
import { ConfirmPageController } from './citizen/check/confirm-page.controller.js';
import { ContactPageController } from './citizen/contact/contact-page.controller.js';
import { ErrandPageController } from './citizen/errand/errand-page.controller.js';
import { BookingTickets } from './citizen/location/booking-ticket.js';
import { LocationPageController } from './citizen/location/location-page.controller.js';
import { ManagePageController } from './citizen/manage/manage-page.controller.js';
import { ReschedulePageController } from './citizen/manage/reschedule-page.controller.js';
import { ManagedBookings } from './citizen/receipt/managed-bookings.service.js';
import { ReceiptPageController } from './citizen/receipt/receipt-page.controller.js';
import { OutcomePageController } from './citizen/outcome/outcome-page.controller.js';
import { PlacesPageController } from './citizen/places/places-page.controller.js';
import { StartPageController } from './citizen/start/start-page.controller.js';
import { TimePageController } from './citizen/time-picker/time-page.controller.js';
import { PageKitModule } from './page/page-kit.module.js';

/** The citizen pages: one floor above the domain modules, calling their services, never their tables. */
@Module({
  imports: [PageKitModule, ErrandsModule, LocationsModule, AvailabilityModule, BookingsModule, PlacesModule],
  controllers: [
    StartPageController,
    ErrandPageController,
    OutcomePageController,
    ContactPageController,
    ConfirmPageController,
    ReceiptPageController,
    ManagePageController,
    ReschedulePageController,
    PlacesPageController,
    LocationPageController,
    TimePageController,
  ],
  providers: [BookingForms, BookingTickets, ManagedBookings],
  exports: [PageKitModule],
})
export class WebModule {}
