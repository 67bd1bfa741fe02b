import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In, MoreThan } from 'typeorm';
import { AvailabilityService } from '../availability/availability.service.js';
import { Clock } from '../common/clock/clock.js';
import { formatInstant } from '../common/time/format-instant.js';
import { formatReference } from './booking-secrets.js';
import { BookingStatusService } from './booking-status.service.js';
import { type AffectedBooking, ChangeAffectsBookingsError } from './bookings.errors.js';
import { Booking } from './entities/booking.entity.js';

/** Which future bookings a change can touch. */
export type BookingScope = { locationId: string } | { adviserId: string } | { stationId: string } | 'all';

export interface GuardedResult<T> {
  result: T;
  cancelled: AffectedBooking[];
}

/**
 * Admin changes never corrupt existing bookings: the change runs in a transaction, then every
 * upcoming booking in its scope is checked against the rules as changed (same rules as
 * availability). If any no longer fits, the transaction is rolled back with 409 listing them —
 * unless the admin asked to cancel them, then they are cancelled with the given reason.
 */
@Injectable()
export class BookingGuardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly availability: AvailabilityService,
    private readonly status: BookingStatusService,
    private readonly clock: Clock,
  ) {}

  async change<T>(
    scope: BookingScope,
    options: { cancelBookings?: boolean; reason: string },
    apply: (manager: EntityManager) => Promise<T>,
  ): Promise<GuardedResult<T>> {
    return this.dataSource.transaction(async (manager) => {
      const result = await apply(manager);
      const broken = await this.brokenBookings(manager, scope);
      if (broken.length === 0) return { result, cancelled: [] };
      const affected = broken.map(toAffected);
      if (!options.cancelBookings) throw new ChangeAffectsBookingsError(affected);
      await this.status.changeMany(
        broken.map((b) => b.id),
        { action: 'cancel', reason: options.reason, by: 'municipality' },
        manager,
      );
      return { result, cancelled: affected };
    });
  }

  private async brokenBookings(manager: EntityManager, scope: BookingScope): Promise<Booking[]> {
    const upcoming = await manager.find(Booking, {
      where: {
        ...(scope === 'all' ? {} : scope),
        status: In(['booked', 'checked_in']),
        startsAt: MoreThan(this.clock.now()),
      },
      relations: { location: true, errand: true },
      order: { startsAt: 'ASC' },
    });
    const broken: Booking[] = [];
    for (const booking of upcoming) {
      if (!(await this.availability.stillValid(manager, booking))) broken.push(booking);
    }
    return broken;
  }
}

function toAffected(booking: Booking): AffectedBooking {
  return {
    reference: formatReference(booking.reference),
    start: formatInstant(booking.startsAt.getTime(), booking.location.timeZone),
    location: booking.location.code,
    errand: booking.errand.code,
    status: booking.status,
  };
}
