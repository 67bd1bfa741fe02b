import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { BookingsService } from '../../../bookings/bookings.service.js';
import type { Booking } from '../../../bookings/entities/booking.entity.js';
import { Clock } from '../../../common/clock/clock.js';
import { Pages } from '../../page/pages.service.js';
import { type BookingForPeople, toBookingForPeople } from './booking-view.js';
import { manageToken } from './manage-token.js';

export interface ManagedBooking {
  token: string;
  record: Booking;
  /** As the page shows it, in the page's language. */
  view: BookingForPeople;
}

/**
 * The booking behind a manage link (reference in the path, token in the query), for the receipt and
 * the manage pages: a wrong or missing token is "not found", like an unknown reference.
 */
@Injectable()
export class ManagedBookings {
  constructor(
    private readonly pages: Pages,
    private readonly bookings: BookingsService,
    private readonly clock: Clock,
  ) {}

  async find(request: FastifyRequest, reference: string): Promise<ManagedBooking> {
    const token = manageToken(request.query);
    const record = await this.bookings.findManaged(reference, token);
    const view = toBookingForPeople(record, token, this.pages.language(request), this.clock.now());
    return { token, record, view };
  }
}
