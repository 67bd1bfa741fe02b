import { Injectable } from '@nestjs/common';
import { BookingQueries } from '../bookings/booking-queries.service.js';
import type { Booking } from '../bookings/entities/booking.entity.js';
import { Clock } from '../common/clock/clock.js';
import { localDate, localDayBounds } from '../common/time/local-date.js';
import { StaffingService, type WorkingPeriod } from '../staffing/staffing.service.js';

/** Advisers' days are told in the municipality's zone (a location's own zone formats its times). */
const ZONE = 'Europe/Copenhagen';

export interface AdviserDay {
  date: string;
  workingTime: WorkingPeriod[];
  visits: Booking[];
}

/** An adviser's day: where and when they work, and every visit booked with them. */
@Injectable()
export class AdviserDayService {
  constructor(
    private readonly staffing: StaffingService,
    private readonly queries: BookingQueries,
    private readonly clock: Clock,
  ) {}

  async dayOf(adviserId: string, date = localDate(this.clock.now(), ZONE)): Promise<AdviserDay> {
    const day = localDayBounds(date, ZONE);
    const [workingTime, visits] = await Promise.all([
      this.staffing.workingTimeOn(adviserId, date),
      this.queries.ofAdviser(adviserId, day.from, day.to),
    ]);
    return { date, workingTime, visits };
  }
}
