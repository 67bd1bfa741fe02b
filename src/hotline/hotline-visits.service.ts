import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '../auth/roles.decorator.js';
import {
  AvailabilityService,
  type DaySlots,
  type PlaceFirstFree,
} from '../availability/availability.service.js';
import type { ScheduleLocation } from '../availability/day-plans.js';
import { BookingsService } from '../bookings/bookings.service.js';
import type { BookingResponse, CreateBookingDto } from '../bookings/dto/booking.dto.js';
import type { Booking } from '../bookings/entities/booking.entity.js';
import type { TriageSession } from '../errands/entities/triage-session.entity.js';
import { TriageService } from '../errands/triage.service.js';
import { CallbackVisitNotNeededError } from './hotline.errors.js';
import { HotlineService } from './hotline.service.js';
import { PhoneTriages } from './phone-triages.service.js';

/** A `needs_visit` callback with its phone triage (the ticket) and the visit booked with it, if any. */
export interface VisitFromCall {
  callback: Booking;
  ticket: TriageSession;
  /** The reference of the visit already booked from this call. */
  booked?: string;
}

/**
 * "Skal møde op", booked straight from the call: the places that serve the errand with their first
 * free time, a place's free times, and the booking — through the same BookingsService as the
 * citizen's own (the same offered times, the same database rules, the same confirmation), with the
 * phone triage as its ticket.
 */
@Injectable()
export class HotlineVisits {
  constructor(
    private readonly hotline: HotlineService,
    private readonly phoneTriages: PhoneTriages,
    private readonly triage: TriageService,
    private readonly availability: AvailabilityService,
    private readonly bookings: BookingsService,
  ) {}

  /** The call and its ticket; 409 unless the call ended with "needs a visit". */
  async fromCall(reference: string, staff: StaffPrincipal): Promise<VisitFromCall> {
    const callback = await this.hotline.callback(reference, staff);
    const triageId = callback.phoneTriageId;
    // Not "needs a visit", or its triage is gone (deleted unbooked after the retention period).
    if (!triageId) throw new CallbackVisitNotNeededError(callback.reference);
    const booked = await this.phoneTriages.bookedVisit(triageId);
    // Expired (TRIAGE_TTL_HOURS after the call) is the triage's own error, as for the citizen.
    const ticket = booked
      ? await this.triage.findById(triageId)
      : await this.triage.findBookingTicket(triageId);
    return { callback, ticket, booked };
  }

  /** The places that serve the errand (never a hotline), each with its first free time. */
  places(ticket: TriageSession): Promise<PlaceFirstFree[]> {
    return this.availability.firstFreeByLocation({
      errandId: ticket.errand.id,
      minutes: ticket.errand.visitMinutes,
    });
  }

  /** A place's free times for the errand; undefined when the place does not serve it. */
  freeTimes(
    ticket: TriageSession,
    place: string,
    range: { from: string; to: string },
  ): Promise<{ location: ScheduleLocation; days: DaySlots[] } | undefined> {
    return this.availability.freeSlotsAt(
      { errandId: ticket.errand.id, minutes: ticket.errand.visitMinutes },
      range,
      place,
    );
  }

  /**
   * Books the visit for the citizen on the phone. Staff solve no proof-of-work challenge: the route
   * is behind the staff sign-in. A repeated form (the same time) answers as the first did.
   */
  book(visit: VisitFromCall, dto: CreateBookingDto): Promise<BookingResponse> {
    const key = `hotline-visit:${visit.ticket.id}:${dto.start}`;
    return this.bookings.create(dto, key, visit.callback.language, undefined, {
      withoutChallenge: 'staff-for-citizen',
    });
  }
}
