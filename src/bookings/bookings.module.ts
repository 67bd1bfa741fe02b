import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AvailabilityModule } from '../availability/availability.module.js';
import { ErrandsModule } from '../errands/errands.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { BookingChallenges } from './booking-challenges.service.js';
import { BookingGuardService } from './booking-guard.service.js';
import { BookingQueries } from './booking-queries.service.js';
import { BookingStatusService } from './booking-status.service.js';
import { BookingsController } from './bookings.controller.js';
import { BookingsService } from './bookings.service.js';
import { Booking } from './entities/booking.entity.js';
import { IdempotencyRecord } from './entities/idempotency-record.entity.js';
import { PlacedVisits } from './placed-visits.service.js';
import { RetentionSweep } from './retention.sweep.js';
import { StaffBookingsService } from './staff-bookings.service.js';
import { UsedChallengesSweep } from './used-challenges.sweep.js';
import { VisitHandover } from './visit-handover.service.js';

/**
 * Owns the bookings table: booking, moving and cancelling (the citizen's side), the one writer of
 * statuses, the reads the rest of the house needs, and the guard that keeps admin changes from
 * silently breaking bookings.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([Booking, IdempotencyRecord]),
    ErrandsModule,
    AvailabilityModule,
    NotificationsModule,
  ],
  controllers: [BookingsController],
  providers: [
    BookingsService,
    BookingChallenges,
    BookingStatusService,
    BookingQueries,
    BookingGuardService,
    StaffBookingsService,
    PlacedVisits,
    RetentionSweep,
    UsedChallengesSweep,
    VisitHandover,
  ],
  exports: [
    BookingsService,
    BookingStatusService,
    BookingQueries,
    BookingGuardService,
    StaffBookingsService,
    PlacedVisits,
    VisitHandover,
  ],
})
export class BookingsModule {}
