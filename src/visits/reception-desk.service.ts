import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import type { DataSource } from 'typeorm';
import type { StaffPrincipal } from '../auth/roles.decorator.js';
import { StaffLocationsService } from '../auth/staff-locations.service.js';
import { AvailabilityService, type DaySlots } from '../availability/availability.service.js';
import { BookingQueries } from '../bookings/booking-queries.service.js';
import { toBookingSearch } from '../bookings/booking-search.js';
import { BookingsService } from '../bookings/bookings.service.js';
import { TriageAlreadyBookedError } from '../bookings/bookings.errors.js';
import { asVisit, type Booking, isVisit, type Visit } from '../bookings/entities/booking.entity.js';
import { StaffBookingsService } from '../bookings/staff-bookings.service.js';
import { Clock } from '../common/clock/clock.js';
import { localDayBounds } from '../common/time/local-date.js';
import { postgresError } from '../database/prepared.js';
import type { Language } from '../errands/errand-definition.js';
import type { TriageSession } from '../errands/entities/triage-session.entity.js';
import { TriageService } from '../errands/triage.service.js';
import type { Location } from '../locations/entities/location.entity.js';
import { LocationsService } from '../locations/locations.service.js';
import { NotAVisitError, WrongLocationError } from './visits.errors.js';

/** How far back "find booking" looks: last month's visits, for a citizen who calls about one. */
export const SEARCH_DAYS_BACK = 30;

/** A booking as reception sees it: with the citizen's triage (the answers, the reason). */
export interface DeskBooking {
  booking: Visit;
  triage: TriageSession;
}

/**
 * Reception's work on bookings at the locations it works at: finding a booking, reading it with
 * the citizen's answers, cancelling or moving it for a citizen, and booking a later time for a
 * walk-in when nothing is free today. Every entry checks where the staff member may work.
 */
@Injectable()
export class ReceptionDesk {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly locations: LocationsService,
    private readonly staffLocations: StaffLocationsService,
    private readonly queries: BookingQueries,
    private readonly staffBookings: StaffBookingsService,
    private readonly bookings: BookingsService,
    private readonly triage: TriageService,
    private readonly availability: AvailabilityService,
    private readonly clock: Clock,
  ) {}

  /** The locations in use where the staff member may work (admins: all), by name. */
  locationsFor(staff: StaffPrincipal): Promise<Location[]> {
    return this.locations.activeByName(staff.roles.includes('admin') ? undefined : staff.locationIds);
  }

  /** A location (id or code) in use: 404 LOCATION_NOT_FOUND, 403 LOCATION_NOT_ALLOWED. */
  async location(ref: string, staff: StaffPrincipal): Promise<Location> {
    const location = await this.locations.findByRef(ref);
    this.staffLocations.assertMayWorkAt(staff, location);
    return location;
  }

  /**
   * A visit with its triage, where the staff member may work; with `at`, only a visit at that
   * location (422 BOOKING_AT_OTHER_LOCATION otherwise). A callback is the hotline's, never the
   * desk's (422 BOOKING_IS_CALLBACK: its page cancels and moves it).
   */
  async booking(reference: string, staff: StaffPrincipal, at?: Location): Promise<DeskBooking> {
    const booking = await this.queries.findByReference(reference);
    this.staffLocations.assertMayWorkAt(staff, booking.location);
    if (!isVisit(booking)) throw new NotAVisitError(booking.reference);
    if (at && booking.locationId !== at.id)
      throw new WrongLocationError(booking.reference, booking.location.name);
    return { booking, triage: await this.triage.findById(booking.triageId) };
  }

  /** Bookings at the location from a month back on whose reference, phone, e-mail or name fit `text`. */
  async search(location: Location, text: string): Promise<Visit[]> {
    const today = DateTime.fromJSDate(this.clock.now(), { zone: location.timeZone }).toISODate()!;
    const pivot = localDayBounds(today, location.timeZone).from;
    const from = DateTime.fromJSDate(pivot, { zone: location.timeZone }).minus({ days: SEARCH_DAYS_BACK });
    const found = await this.staffBookings.search(location.id, toBookingSearch(text), {
      from: from.toJSDate(),
      pivot,
    });
    return found.filter(isVisit);
  }

  async cancel(reference: string, reason: string, staff: StaffPrincipal): Promise<Booking> {
    await this.booking(reference, staff);
    return this.staffBookings.cancelByStaff(reference, reason);
  }

  /** Moves within the booking's own location to another offered start. */
  async reschedule(
    reference: string,
    start: string,
    reason: string,
    staff: StaffPrincipal,
  ): Promise<Booking> {
    await this.booking(reference, staff);
    return this.staffBookings.rescheduleByStaff(reference, { start }, reason);
  }

  /** Free starts for the booking's errand at its location, per local day in the range. */
  freeTimes(booking: Booking, range: { from: string; to: string }): Promise<DaySlots[]> {
    const errand = { errandId: booking.errandId, minutes: booking.errand.visitMinutes };
    return this.availability.freeSlots(errand, range, booking.locationId);
  }

  /**
   * A walk-in who needs a visit and found nothing free today books a later time reception offered
   * (NextFreeTimeService), by name; not checked in (they come back then).
   */
  async bookLater(
    location: Location,
    triageId: string,
    start: string,
    name: string,
    language: Language,
  ): Promise<Visit> {
    const ticket = await this.triage.findBookingTicket(triageId);
    try {
      const booked = await this.dataSource.transaction((manager) =>
        this.bookings.bookWalkIn(ticket, location, { name }, language, manager, new Date(start)),
      );
      // A walk-in's booking is at reception's place, with a station.
      return asVisit(await this.queries.findByReference(booked!.reference));
    } catch (error) {
      if (postgresError(error)?.constraint === 'uq_bookings_triage_active')
        throw new TriageAlreadyBookedError(triageId);
      throw error;
    }
  }
}
