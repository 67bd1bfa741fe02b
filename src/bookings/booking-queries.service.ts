import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Between, In, type Repository } from 'typeorm';
import { normalizeReference } from './booking-secrets.js';
import { BookingNotFoundError } from './bookings.errors.js';
import { Booking, type Visit } from './entities/booking.entity.js';

/** Whose visits a calendar feed shows. */
export type FeedScope = { adviserId: string } | { locationId: string };

/**
 * The ways the rest of the house reads bookings (reception's day, the queue screen, an adviser's
 * day, calendar feeds). Reads only: statuses change through BookingStatusService.
 */
@Injectable()
export class BookingQueries {
  constructor(@InjectRepository(Booking) private readonly bookings: Repository<Booking>) {}

  /** A booking by its reference (as people type it), with what staff see of it. */
  async findByReference(reference: string): Promise<Booking> {
    const booking = await this.bookings.findOne({
      where: { reference: normalizeReference(reference) },
      relations: { location: true, station: true, errand: true, adviser: true },
    });
    if (!booking) throw new BookingNotFoundError();
    return booking;
  }

  /** Visits at a location that start in [from, to), in time order, with what reception needs. */
  async atLocation(locationId: string, from: Date, to: Date): Promise<Visit[]> {
    return (await this.bookings
      .createQueryBuilder('booking')
      .leftJoinAndSelect('booking.errand', 'errand')
      .leftJoinAndSelect('booking.station', 'station')
      .leftJoinAndSelect('booking.adviser', 'adviser')
      .where('booking.locationId = :locationId', { locationId })
      .andWhere('booking.stationId IS NOT NULL')
      .andWhere('booking.startsAt >= :from AND booking.startsAt < :to', { from, to })
      .orderBy('booking.startsAt', 'ASC')
      .addOrderBy('station.name', 'ASC')
      .getMany()) as Visit[];
  }

  /** Who waits and who is called at a location on a local queue day, by queue number. */
  async queue(locationId: string, queueDay: string): Promise<Visit[]> {
    // Only visits check in (ck_bookings_callback): everyone in a queue has a station.
    return this.bookings.find({
      where: { locationId, queueDay, status: In(['checked_in', 'called']) },
      relations: { station: true },
      order: { queueNumber: 'ASC' },
    }) as Promise<Visit[]>;
  }

  /** An adviser's visits (no callbacks) that start in [from, to) (any location), in time order. */
  async ofAdviser(adviserId: string, from: Date, to: Date): Promise<Visit[]> {
    return (await this.bookings
      .createQueryBuilder('booking')
      .leftJoinAndSelect('booking.errand', 'errand')
      .leftJoinAndSelect('booking.station', 'station')
      .leftJoinAndSelect('booking.location', 'location')
      .leftJoinAndSelect('booking.adviser', 'adviser')
      .where('booking.adviserId = :adviserId', { adviserId })
      .andWhere('booking.stationId IS NOT NULL')
      .andWhere('booking.startsAt >= :from AND booking.startsAt < :to', { from, to })
      .orderBy('booking.startsAt', 'ASC')
      .getMany()) as Visit[];
  }

  /**
   * The adviser's checked-in citizen with the earliest start, in today's queue (the location's
   * local day): someone checked in on an earlier day and never seen is long gone.
   */
  async nextWaiting(adviserId: string, now: Date): Promise<Booking | null> {
    return this.bookings
      .createQueryBuilder('booking')
      .innerJoin('booking.location', 'location')
      .where('booking.adviserId = :adviserId', { adviserId })
      .andWhere(`booking.status = 'checked_in'`)
      .andWhere('booking.queueDay = (CAST(:now AS timestamptz) AT TIME ZONE location.timeZone)::date', {
        now,
      })
      .orderBy('booking.startsAt', 'ASC')
      .getOne();
  }

  /** Every booking of a feed that starts in [from, to], cancelled ones included (subscribers remove them). */
  async forFeed(scope: FeedScope, from: Date, to: Date): Promise<Booking[]> {
    return this.bookings.find({
      where: { ...scope, startsAt: Between(from, to) },
      relations: { errand: true, station: true, location: true },
      order: { startsAt: 'ASC' },
    });
  }
}
