import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { StaffPrincipal } from '../auth/roles.decorator.js';
import { StaffLocationsService } from '../auth/staff-locations.service.js';
import { BookingQueries } from '../bookings/booking-queries.service.js';
import { BookingStatusService } from '../bookings/booking-status.service.js';
import { BookingsService } from '../bookings/bookings.service.js';
import { type Booking, isVisit, type Visit, type VisitOutcome } from '../bookings/entities/booking.entity.js';
import { Clock } from '../common/clock/clock.js';
import { localDate, localDayBounds } from '../common/time/local-date.js';
import { SettingsService } from '../config/settings.service.js';
import type { Language } from '../errands/errand-definition.js';
import type { TriageSession } from '../errands/entities/triage-session.entity.js';
import { TriageService } from '../errands/triage.service.js';
import type { Location } from '../locations/entities/location.entity.js';
import {
  CheckInOutsideWindowError,
  NotAVisitError,
  NotYourVisitError,
  WrongLocationError,
} from './visits.errors.js';

const MINUTE_MS = 60_000;

export type AdviserAction = 'call' | 'start' | 'complete' | 'no_show';

/** Checked in already (reception may scan twice, or two desks at once); a no-show stays one. */
function checkedIn(booking: Booking): boolean {
  return booking.checkedInAt !== null && booking.status !== 'no_show' && booking.status !== 'cancelled';
}

export interface VisitCompletion {
  outcome: VisitOutcome;
  canDoAloneNextTime: boolean;
}

export interface WalkIn {
  triage: TriageSession;
  /** Booked and checked in today, when a time was free. */
  visit?: Visit;
}

/**
 * A booking on its day: check-in at reception, walk-ins, the adviser's call, start and outcome,
 * and no-shows. Every status change goes through BookingStatusService, which refuses what the
 * transition table does not allow.
 */
@Injectable()
export class VisitsService {
  private readonly logger = new Logger('Visits');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: BookingQueries,
    private readonly status: BookingStatusService,
    private readonly bookings: BookingsService,
    private readonly triage: TriageService,
    private readonly settings: SettingsService,
    private readonly staffLocations: StaffLocationsService,
    private readonly clock: Clock,
  ) {}

  /**
   * Checks a citizen in at `location` and gives a queue number for the location's day. Checking in
   * twice answers the same; outside the window (CHECK_IN_EARLY/LATE_MINUTES) it is refused.
   */
  async checkIn(reference: string, location: Location): Promise<Visit> {
    const booking = await this.visit(reference);
    if (booking.status !== 'cancelled' && booking.locationId !== location.id)
      throw new WrongLocationError(booking.reference, booking.location.name);
    if (checkedIn(booking)) return booking;
    if (booking.status === 'booked') this.assertInCheckInWindow(booking);
    try {
      await this.status.change(booking, {
        action: 'check_in',
        queueDay: localDate(this.clock.now(), location.timeZone),
      });
    } catch (error) {
      // Another desk checked them in a moment ago: the same answer, not a conflict.
      const current = await this.visit(reference);
      if (checkedIn(current)) return current;
      throw error;
    }
    return this.visit(reference);
  }

  /** A visit by its reference; a callback is refused (BOOKING_IS_CALLBACK): the hotline has it. */
  private async visit(reference: string): Promise<Visit> {
    const booking = await this.queries.findByReference(reference);
    if (!isVisit(booking)) throw new NotAVisitError(booking.reference);
    return booking;
  }

  private assertInCheckInWindow(booking: Booking): void {
    const minutesFromStart = Math.round(
      (this.clock.now().getTime() - booking.startsAt.getTime()) / MINUTE_MS,
    );
    const window = {
      early: this.settings.get('CHECK_IN_EARLY_MINUTES'),
      late: this.settings.get('CHECK_IN_LATE_MINUTES'),
    };
    if (minutesFromStart < -window.early || minutesFromStart > window.late)
      throw new CheckInOutsideWindowError(booking.reference, minutesFromStart, window);
  }

  /**
   * Triages a walk-in at reception; when a visit is needed, books the first free time today and
   * checks them in, in one transaction (the first free time may be hours away: the citizen is
   * here, so the check-in window does not apply).
   */
  async walkIn(
    location: Location,
    errand: string,
    answers: Record<string, unknown>,
    citizen: { name?: string },
    language: Language,
  ): Promise<WalkIn> {
    const triage = await this.triage.triage(errand, answers, {
      language,
      source: 'reception',
      locationId: location.id,
    });
    if (triage.outcome !== 'visit') return { triage };
    const booked = await this.dataSource.transaction(async (manager) => {
      const booking = await this.bookings.bookWalkIn(triage, location, citizen, language, manager);
      if (booking) {
        const queueDay = localDate(this.clock.now(), location.timeZone);
        await this.status.change({ ...booking, location }, { action: 'check_in', queueDay }, manager);
      }
      return booking;
    });
    return { triage, visit: booked && (await this.visit(booked.reference)) };
  }

  /** An adviser moves one of their own visits on (call, start, complete, no-show). */
  async act(
    reference: string,
    action: AdviserAction,
    staff: StaffPrincipal,
    completion?: VisitCompletion,
  ): Promise<Visit> {
    const booking = await this.visit(reference);
    if (booking.adviserId !== staff.adviserId) throw new NotYourVisitError(booking.reference);
    await this.status.change(booking, action === 'complete' ? { action, ...completion! } : { action });
    return this.visit(reference);
  }

  /**
   * A no-show who came after all goes back into the queue (the day of the visit only): reception
   * for anyone at its desk, an adviser for their own visits.
   */
  async undoNoShow(reference: string, staff: StaffPrincipal): Promise<Visit> {
    const booking = await this.visit(reference);
    const desk = staff.roles.includes('reception') || staff.roles.includes('admin');
    if (!desk && booking.adviserId !== staff.adviserId) throw new NotYourVisitError(booking.reference);
    if (desk) this.staffLocations.assertMayWorkAt(staff, booking.location);
    const queueDay = localDate(this.clock.now(), booking.location.timeZone);
    await this.status.change(booking, { action: 'undo_no_show', queueDay });
    return this.visit(reference);
  }

  /** The adviser's next checked-in citizen today (earliest start first), called to the station. */
  async callNext(staff: StaffPrincipal): Promise<Visit | undefined> {
    const next = await this.queries.nextWaiting(staff.adviserId!, this.clock.now());
    return next ? this.act(next.reference, 'call', staff) : undefined;
  }

  /** Bookings at a location on a local day (default today), in time order, with what reception needs. */
  async arrivals(location: Location, date?: string): Promise<Visit[]> {
    const day = localDayBounds(date ?? localDate(this.clock.now(), location.timeZone), location.timeZone);
    return this.queries.atLocation(location.id, day.from, day.to);
  }

  /** Who waits and who is called today at a location (for the waiting-room screen). */
  queue(location: Location): Promise<Visit[]> {
    return this.queries.queue(location.id, localDate(this.clock.now(), location.timeZone));
  }

  /** Bookings nobody checked in by the end of the check-in window become no-shows. */
  async markNoShows(): Promise<number> {
    const lateMs = this.settings.get('CHECK_IN_LATE_MINUTES') * MINUTE_MS;
    const marked = await this.status.markNoShows(new Date(this.clock.now().getTime() - lateMs));
    if (marked > 0) this.logger.log(`${marked} booking(s) marked as no-show`);
    return marked;
  }
}
