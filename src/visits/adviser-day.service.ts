import { Injectable } from '@nestjs/common';
import { BookingQueries } from '../bookings/booking-queries.service.js';
import type { Visit } from '../bookings/entities/booking.entity.js';
import { Clock } from '../common/clock/clock.js';
import { localDate, localDayBounds } from '../common/time/local-date.js';
import { LocationsService } from '../locations/locations.service.js';
import { StaffingService, type WorkingPeriod } from '../staffing/staffing.service.js';
import { type Absence, type DayOff, workingDay } from './adviser-day.js';

/** Advisers' days are told in the municipality's zone (a location's own zone formats its times). */
export const DAY_ZONE = 'Europe/Copenhagen';

export interface AdviserDay {
  date: string;
  /** What is left of the shifts after closures and absences. */
  workingTime: WorkingPeriod[];
  away: Absence[];
  closed: DayOff[];
  visits: Visit[];
}

/** An adviser's day: where and when they work, and every visit booked with them. */
@Injectable()
export class AdviserDayService {
  constructor(
    private readonly staffing: StaffingService,
    private readonly locations: LocationsService,
    private readonly queries: BookingQueries,
    private readonly clock: Clock,
  ) {}

  async dayOf(adviserId: string, date = localDate(this.clock.now(), DAY_ZONE)): Promise<AdviserDay> {
    const day = localDayBounds(date, DAY_ZONE);
    const [shifts, absences, visits] = await Promise.all([
      this.staffing.workingTimeOn(adviserId, date),
      this.staffing.absencesBetween(adviserId, day.from, day.to),
      this.queries.ofAdviser(adviserId, day.from, day.to),
    ]);
    const closed = await this.locations.closedOn([...new Set(shifts.map((s) => s.location.id))], date);
    return { date, ...workingDay(shifts, absences, closed, day), visits };
  }
}
