import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { type DataSource, In, type Repository } from 'typeorm';
import { AvailabilityService } from '../availability/availability.service.js';
import { Clock } from '../common/clock/clock.js';
import { postgresError } from '../database/prepared.js';
import { normalizeReference } from './booking-secrets.js';
import { BookingStatusService } from './booking-status.service.js';
import { Booking } from './entities/booking.entity.js';
import { handOverBooking } from './handover.store.js';
import { chooseHandover, type Handover, lostToConcurrentChange } from './visit-handover.js';

/** Looks again after a lost race this many times before the visit counts as not moved. */
const ATTEMPTS = 3;

export interface Period {
  from: Date;
  to: Date;
}

export interface HandedOver {
  /** The visit as it is now, with its new adviser and station. */
  booking: Booking;
  fromAdviserId: string;
}

export interface HandoverResult {
  moved: HandedOver[];
  /** Still with the adviser: nobody (or no station) was free at the time. */
  notMoved: Booking[];
}

/**
 * When an adviser cannot come, their visits go to a colleague at the same time, so the citizen's
 * time stays as booked. Each visit is handed over in a short transaction of its own, checked by
 * the same rules as availability (the colleague handles the errand, works there then, is not away
 * and is free; a capable station is free), and the exclusion constraints judge every race: a
 * colleague taken meanwhile by a booking or another handover means a new look, and if nobody is
 * left, the visit stays and is listed. Visits left behind can be cancelled through the one writer
 * of statuses.
 */
@Injectable()
export class VisitHandover {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Booking) private readonly bookings: Repository<Booking>,
    private readonly availability: AvailabilityService,
    private readonly status: BookingStatusService,
    private readonly clock: Clock,
  ) {}

  /** The adviser's visits that overlap the period and still need them: booked or checked in, not over. */
  stillWith(adviserId: string, period: Period): Promise<Booking[]> {
    return this.detailed()
      .where('booking.adviserId = :adviserId', { adviserId })
      .andWhere(`booking.status IN ('booked', 'checked_in')`)
      .andWhere('booking.startsAt < :to AND booking.endsAt > :from', period)
      .andWhere('booking.endsAt > :now', { now: this.clock.now() })
      .orderBy('booking.startsAt', 'ASC')
      .getMany();
  }

  /** Visits by reference, with what staff see of them, in time order. */
  withReferences(references: string[]): Promise<Booking[]> {
    if (references.length === 0) return Promise.resolve([]);
    return this.detailed()
      .where({ reference: In(references.map(normalizeReference)) })
      .orderBy('booking.startsAt', 'ASC')
      .getMany();
  }

  /** Hands every visit of the adviser in the period that can go to a free colleague. */
  async handOver(adviserId: string, period: Period): Promise<HandoverResult> {
    const moved: { id: string; fromAdviserId: string }[] = [];
    const notMoved: Booking[] = [];
    for (const booking of await this.stillWith(adviserId, period)) {
      const outcome = await this.handOverOne(booking);
      if (outcome === 'moved') moved.push({ id: booking.id, fromAdviserId: adviserId });
      else if (outcome === 'not_moved') notMoved.push(booking);
    }
    const now = await this.withIds(moved.map((m) => m.id));
    return {
      moved: moved.map((m) => ({ booking: now.find((b) => b.id === m.id)!, fromAdviserId: m.fromAdviserId })),
      notMoved,
    };
  }

  /**
   * Cancels the adviser's visits in the period that have not begun, with the reason, through the
   * status writer (which refuses a visit that has begun or changed meanwhile); answers those cancelled.
   */
  async cancelStillWith(adviserId: string, period: Period, reason: string): Promise<Booking[]> {
    const candidates = await this.stillWith(adviserId, period);
    const ids = await this.dataSource.transaction((manager) =>
      this.status.changeMany(
        candidates.map((b) => b.id),
        { action: 'cancel', reason, by: 'municipality' },
        manager,
      ),
    );
    return candidates
      .filter((b) => ids.includes(b.id))
      .map((b) => Object.assign(b, { status: 'cancelled' as const }));
  }

  /** 'gone': cancelled, started or handed over by someone else meanwhile — nothing left to do. */
  private async handOverOne(booking: Booking): Promise<'moved' | 'not_moved' | 'gone'> {
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        const outcome = await this.dataSource.transaction(async (manager) => {
          const free = await this.availability.freeFor(manager, booking);
          const target: Handover | undefined = free && chooseHandover(booking, free);
          if (!target) return 'not_moved' as const;
          return handOverBooking(manager, {
            bookingId: booking.id,
            fromAdviserId: booking.adviserId,
            startsAt: booking.startsAt,
            endsAt: booking.endsAt,
            ...target,
            now: this.clock.now(),
          });
        });
        // The colleague became absent meanwhile: look again for another.
        if (outcome !== 'target_away') return outcome;
      } catch (error) {
        if (!lostToConcurrentChange(postgresError(error))) throw error;
      }
    }
    return 'not_moved';
  }

  private withIds(ids: string[]): Promise<Booking[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.detailed()
      .where({ id: In(ids) })
      .getMany();
  }

  private detailed() {
    return (
      this.bookings
        .createQueryBuilder('booking')
        .innerJoinAndSelect('booking.location', 'location')
        .innerJoinAndSelect('booking.errand', 'errand')
        // A callback has no station: it is handed to another hotline adviser all the same.
        .leftJoinAndSelect('booking.station', 'station')
        .innerJoinAndSelect('booking.adviser', 'adviser')
    );
  }
}
