import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import type { Repository } from 'typeorm';
import type { StaffPrincipal } from '../auth/roles.decorator.js';
import { Clock } from '../common/clock/clock.js';
import { SettingsService } from '../config/settings.service.js';
import { postgresError } from '../database/prepared.js';
import type { Location } from '../locations/entities/location.entity.js';
import { normalizeReference } from './booking-secrets.js';
import {
  BookingCancelledError,
  BookingNotFoundError,
  CheckInOutsideWindowError,
  NotYourVisitError,
  VisitStateConflictError,
  WrongLocationError,
} from './bookings.errors.js';
import { Booking, type VisitOutcome } from './entities/booking.entity.js';
import { nextStatus, type VisitAction } from './visit-lifecycle.js';

const MINUTE_MS = 60_000;

const CHECK_IN_SQL = `
UPDATE bookings SET status = 'checked_in', checked_in_at = $2, queue_day = $3, updated_at = $2,
  queue_number = (SELECT coalesce(max(queue_number), 0) + 1 FROM bookings WHERE location_id = $4 AND queue_day = $3)
WHERE id = $1 AND status = 'booked'`;

const NO_SHOW_SQL = `
UPDATE bookings SET status = 'no_show', updated_at = $1, sequence = sequence + 1
WHERE status = 'booked' AND starts_at < $2`;

export interface VisitCompletion {
  outcome: VisitOutcome;
  canDoAloneNextTime: boolean;
}

/** The day's local date in a location's zone. */
export function localDate(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toISODate()!;
}

/**
 * What happens to a booking on the day: check-in at reception, the adviser's call, start and
 * outcome, and no-shows. Every change is one conditional UPDATE on the status it expects, so two
 * receptionists or a receptionist and the no-show sweep cannot both win.
 */
@Injectable()
export class VisitsService {
  private readonly logger = new Logger('Visits');

  constructor(
    @InjectRepository(Booking) private readonly bookings: Repository<Booking>,
    private readonly settings: SettingsService,
    private readonly clock: Clock,
  ) {}

  async findByReference(reference: string): Promise<Booking> {
    const booking = await this.bookings.findOne({
      where: { reference: normalizeReference(reference) },
      relations: { location: true, station: true, errand: true, adviser: true },
    });
    if (!booking) throw new BookingNotFoundError();
    return booking;
  }

  /**
   * Checks a citizen in at `location` and gives a queue number for the location's day. Checking in
   * twice answers the same; outside the window (CHECK_IN_EARLY/LATE_MINUTES) it is refused, except
   * for a walk-in booked at the desk a moment ago (`anyTime`): they are here and wait for their time.
   */
  async checkIn(
    reference: string,
    location: Location,
    options: { anyTime?: boolean } = {},
  ): Promise<Booking> {
    const booking = await this.findByReference(reference);
    if (booking.status === 'cancelled') throw new BookingCancelledError(booking.reference);
    if (booking.locationId !== location.id)
      throw new WrongLocationError(booking.reference, booking.location.name);
    if (booking.status !== 'booked') {
      // Checked in already: answer the same again (reception may scan twice). A no-show stays one.
      if (booking.checkedInAt && booking.status !== 'no_show') return booking;
      throw new VisitStateConflictError(booking.reference, booking.status, 'checked in');
    }
    const now = this.clock.now();
    const minutesFromStart = Math.round((now.getTime() - booking.startsAt.getTime()) / MINUTE_MS);
    const window = {
      early: this.settings.get('CHECK_IN_EARLY_MINUTES'),
      late: this.settings.get('CHECK_IN_LATE_MINUTES'),
    };
    if (!options.anyTime && (minutesFromStart < -window.early || minutesFromStart > window.late)) {
      throw new CheckInOutsideWindowError(booking.reference, minutesFromStart, window);
    }
    const day = localDate(booking.startsAt, location.timeZone);
    // Two check-ins at one moment may compute the same number; the unique index decides, we retry.
    for (let attempt = 1; attempt <= 10; attempt++) {
      try {
        await this.bookings.query(CHECK_IN_SQL, [booking.id, now, day, location.id]);
        return this.findByReference(reference);
      } catch (error) {
        if (postgresError(error)?.constraint !== 'uq_bookings_queue_number') throw error;
      }
    }
    throw new VisitStateConflictError(booking.reference, booking.status, 'checked in');
  }

  /** An adviser moves one of their own visits on (call, start, complete, no-show). */
  async act(
    reference: string,
    action: VisitAction,
    staff: StaffPrincipal,
    completion?: VisitCompletion,
  ): Promise<Booking> {
    const booking = await this.findByReference(reference);
    if (booking.adviserId !== staff.adviserId) throw new NotYourVisitError(booking.reference);
    const status = nextStatus(booking.status, action);
    if (!status)
      throw new VisitStateConflictError(booking.reference, booking.status, action.replace('_', '-'));
    const now = this.clock.now();
    const changes: Partial<Booking> = { status, updatedAt: now };
    if (action === 'call') changes.calledAt = now;
    if (action === 'start') changes.startedAt = now;
    if (action === 'complete') Object.assign(changes, { completedAt: now, ...completion });
    const { affected } = await this.bookings.update({ id: booking.id, status: booking.status }, changes);
    if (affected === 0) {
      const current = await this.findByReference(reference);
      throw new VisitStateConflictError(current.reference, current.status, action.replace('_', '-'));
    }
    return this.findByReference(reference);
  }

  /** The adviser's next checked-in citizen today (earliest start first), called to the station. */
  async callNext(staff: StaffPrincipal): Promise<Booking | undefined> {
    // Only today's queue (in the location's zone): a citizen checked in on an earlier day and never
    // seen stays checked_in (the sweep only marks bookings nobody checked in) and is long gone.
    const next = await this.bookings
      .createQueryBuilder('booking')
      .innerJoin('booking.location', 'location')
      .where('booking.adviserId = :adviserId', { adviserId: staff.adviserId })
      .andWhere(`booking.status = 'checked_in'`)
      .andWhere('booking.queueDay = (CAST(:now AS timestamptz) AT TIME ZONE location.timeZone)::date', {
        now: this.clock.now(),
      })
      .orderBy('booking.startsAt', 'ASC')
      .getOne();
    return next ? this.act(next.reference, 'call', staff) : undefined;
  }

  /** Bookings at a location on a local day, in time order, with what reception needs. */
  async arrivals(location: Location, date: string): Promise<Booking[]> {
    const from = DateTime.fromISO(date, { zone: location.timeZone });
    return this.bookings
      .createQueryBuilder('booking')
      .leftJoinAndSelect('booking.errand', 'errand')
      .leftJoinAndSelect('booking.station', 'station')
      .leftJoinAndSelect('booking.adviser', 'adviser')
      .where('booking.locationId = :location', { location: location.id })
      .andWhere('booking.startsAt >= :from AND booking.startsAt < :to', {
        from: from.toJSDate(),
        to: from.plus({ days: 1 }).toJSDate(),
      })
      .orderBy('booking.startsAt', 'ASC')
      .addOrderBy('station.name', 'ASC')
      .getMany();
  }

  /** Who waits and who is called today at a location (for the waiting-room screen). */
  async queue(location: Location): Promise<Booking[]> {
    return this.bookings.find({
      where: [
        {
          locationId: location.id,
          queueDay: localDate(this.clock.now(), location.timeZone),
          status: 'checked_in',
        },
        {
          locationId: location.id,
          queueDay: localDate(this.clock.now(), location.timeZone),
          status: 'called',
        },
      ],
      relations: { station: true },
      order: { queueNumber: 'ASC' },
    });
  }

  /** An adviser's visits that start on a local day (any location), in time order. */
  async adviserVisits(adviserId: string, from: Date, to: Date): Promise<Booking[]> {
    return this.bookings
      .createQueryBuilder('booking')
      .leftJoinAndSelect('booking.errand', 'errand')
      .leftJoinAndSelect('booking.station', 'station')
      .leftJoinAndSelect('booking.location', 'location')
      .leftJoinAndSelect('booking.adviser', 'adviser')
      .where('booking.adviserId = :adviserId', { adviserId })
      .andWhere('booking.startsAt >= :from AND booking.startsAt < :to', { from, to })
      .orderBy('booking.startsAt', 'ASC')
      .getMany();
  }

  /**
   * Bookings nobody checked in by the end of the check-in window become no-shows. One conditional
   * UPDATE: safe when every API instance runs it, each row changes once.
   */
  async markNoShows(): Promise<number> {
    const now = this.clock.now();
    const cutoff = new Date(now.getTime() - this.settings.get('CHECK_IN_LATE_MINUTES') * MINUTE_MS);
    const [, affected] = await this.bookings.query<[unknown, number]>(NO_SHOW_SQL, [now, cutoff]);
    if (affected > 0) this.logger.log(`${affected} booking(s) marked as no-show`);
    return affected;
  }
}
