import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, type Repository } from 'typeorm';
import { BookingQueries } from './booking-queries.service.js';
import { type BookingSearch, likePattern } from './booking-search.js';
import { BookingStatusService } from './booking-status.service.js';
import { BookingsService } from './bookings.service.js';
import type { RescheduleBookingDto } from './dto/booking.dto.js';
import { Booking } from './entities/booking.entity.js';

/** At most this many hits: reception narrows a search rather than scrolls. */
export const SEARCH_LIMIT = 50;

/**
 * Staff acting on a booking for a citizen who asks them (on the phone, at the desk): find it,
 * cancel it or move it, without the citizen's manage token. The same rules as the citizen's own
 * cancel and move (the transition table, the offered times); who did it is in the audit trail.
 * Where staff may work is the caller's check (auth's StaffLocationsService).
 */
@Injectable()
export class StaffBookingsService {
  constructor(
    @InjectRepository(Booking) private readonly bookings: Repository<Booking>,
    private readonly queries: BookingQueries,
    private readonly booking: BookingsService,
    private readonly status: BookingStatusService,
  ) {}

  /**
   * Cancels before the start, at the citizen's request: the citizen's message says they cancelled,
   * and the statistics count it as theirs. The reason is a note for staff, never sent to the
   * citizen, kept on the booking and erased with its personal data. The municipality's own
   * cancellations are the admin changes (closures, hours, absences), which do send their reason.
   */
  async cancelByStaff(reference: string, reason: string): Promise<Booking> {
    const booking = await this.queries.findByReference(reference);
    await this.status.change(booking, { action: 'cancel', reason, by: 'citizen' });
    return this.queries.findByReference(reference);
  }

  /** Moves to another offered start (the booking's own location unless `dto.location`), atomically. */
  async rescheduleByStaff(reference: string, dto: RescheduleBookingDto, reason: string): Promise<Booking> {
    const booking = await this.queries.findByReference(reference);
    await this.booking.moveTo(booking, dto, reason);
    return this.queries.findByReference(reference);
  }

  /**
   * Bookings at a location that start from `from` on, matching the search: those from `pivot` (the
   * start of today) on first, soonest first, then the earlier ones, latest first.
   */
  async search(
    locationId: string,
    search: BookingSearch,
    range: { from: Date; pivot: Date },
  ): Promise<Booking[]> {
    const query = this.bookings
      .createQueryBuilder('booking')
      .leftJoinAndSelect('booking.errand', 'errand')
      .leftJoinAndSelect('booking.station', 'station')
      .leftJoinAndSelect('booking.adviser', 'adviser')
      .where('booking.locationId = :locationId', { locationId })
      .andWhere('booking.startsAt >= :from', { from: range.from })
      .andWhere(
        new Brackets((any) => {
          any.where('false');
          if (search.reference)
            any.orWhere('booking.reference = :reference', { reference: search.reference });
          if (search.phone) any.orWhere('booking.citizenPhoneNormalized = :phone', { phone: search.phone });
          if (search.email) any.orWhere('booking.citizenEmailNormalized = :email', { email: search.email });
          if (search.nameWords.length > 0)
            any.orWhere(
              new Brackets((name) => {
                search.nameWords.forEach((word, i) =>
                  name.andWhere(`booking.citizenName ILIKE :word${i}`, { [`word${i}`]: likePattern(word) }),
                );
              }),
            );
        }),
      )
      .orderBy('CASE WHEN booking.startsAt >= :pivot THEN 0 ELSE 1 END', 'ASC')
      .addOrderBy('CASE WHEN booking.startsAt >= :pivot THEN booking.startsAt END', 'ASC')
      .addOrderBy('booking.startsAt', 'DESC')
      .setParameter('pivot', range.pivot)
      .limit(SEARCH_LIMIT);
    return query.getMany();
  }
}
