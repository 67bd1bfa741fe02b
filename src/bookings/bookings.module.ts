import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AvailabilityModule } from '../availability/availability.module.js';
import { ErrandsModule } from '../errands/errands.module.js';
import { BookingsController } from './bookings.controller.js';
import { BookingsService } from './bookings.service.js';
import { NoShowSweep } from './no-show.sweep.js';
import { RetentionSweep } from './retention.sweep.js';
import { VisitsService } from './visits.service.js';
import { Booking } from './entities/booking.entity.js';
import { IdempotencyRecord } from './entities/idempotency-record.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([Booking, IdempotencyRecord]), ErrandsModule, AvailabilityModule],
  controllers: [BookingsController],
  providers: [BookingsService, VisitsService, NoShowSweep, RetentionSweep],
  exports: [BookingsService, VisitsService],
})
export class BookingsModule {}
