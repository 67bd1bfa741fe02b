import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, Repository } from 'typeorm';
import { AvailabilityService } from '../availability/availability.service.js';
import { Clock } from '../common/clock/clock.js';
import { hashSecret } from '../common/secrets.js';
import { SettingsService } from '../config/settings.service.js';
import type { TriageSession } from '../errands/entities/triage-session.entity.js';
import { postgresError } from '../database/prepared.js';
import { BookingQueries } from './booking-queries.service.js';
import { newManageToken, newReference } from './booking-secrets.js';
import { insertBooking } from './booking.store.js';
import { contactKeys } from './contact.js';
import { Booking } from './entities/booking.entity.js';

/** What a data file says of a visit: the triage, where, when, with whom (or anyone free), for whom. */
export interface PlacedVisit {
  triage: TriageSession;
  locationId: string;
  startsAt: Date;
  /** Undefined: the first adviser free then who handles the errand, other than `otherThan`. */
  adviserId?: string;
  otherThan?: string[];
  citizenName: string;
  /** A callback from the hotline (the place is a hotline): the number to call. */
  callbackPhone?: string;
}

/** A competitor (an earlier visit of the same file) holds the station or the adviser. */
const TAKEN = new Set(['ex_bookings_station_overlap', 'ex_bookings_adviser_overlap']);

/**
 * Visits placed at the time a data file names (the demo's visits for today and the coming days),
 * not chosen from the offered times: no notice and no horizon, so today's past visits can be
 * loaded too. Everything else holds as for any booking: opening hours, closures, working time,
 * absences and the station's equipment (the availability rules), and the database's constraints.
 * A visit that does not fit is not placed (undefined), never forced.
 */
@Injectable()
export class PlacedVisits {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Booking) private readonly bookings: Repository<Booking>,
    private readonly availability: AvailabilityService,
    private readonly queries: BookingQueries,
    private readonly settings: SettingsService,
    private readonly clock: Clock,
  ) {}

  async place(visit: PlacedVisit): Promise<Booking | undefined> {
    const errand = visit.triage.errand;
    const callback = visit.callbackPhone !== undefined;
    if (callback && errand.phoneMinutes === null) return undefined;
    const minutes = callback ? errand.phoneMinutes! : errand.visitMinutes;
    const endsAt = new Date(visit.startsAt.getTime() + minutes * 60_000);
    const free = await this.availability.freeFor(this.dataSource.manager, {
      // A new booking: nothing of its own to leave out, nor a station or adviser yet (a callback
      // never has a station: the null asks for the hotline's plan).
      id: randomUUID(),
      errandId: errand.id,
      locationId: visit.locationId,
      stationId: callback ? null : '',
      adviserId: '',
      startsAt: visit.startsAt,
      endsAt,
    });
    const adviserId =
      visit.adviserId ?? free?.slot.adviserIds.find((id) => !(visit.otherThan ?? []).includes(id));
    const stationId = callback ? null : free?.slot.stationIds[0];
    if (!free || !adviserId || stationId === undefined || !free.slot.adviserIds.includes(adviserId))
      return undefined;
    const contacts = contactKeys({ phone: visit.callbackPhone });
    const now = this.clock.now();
    const booking = this.bookings.create({
      reference: newReference(),
      // Nobody holds a manage token for a placed visit: a fresh secret nobody knows.
      manageTokenHash: hashSecret(newManageToken()),
      triageId: visit.triage.id,
      errandId: errand.id,
      locationId: visit.locationId,
      stationId,
      adviserId,
      startsAt: visit.startsAt,
      endsAt,
      source: 'online',
      citizenName: visit.citizenName,
      citizenEmail: null,
      citizenPhone: visit.callbackPhone ?? null,
      citizenEmailNormalized: null,
      citizenPhoneNormalized: contacts.phone,
      language: visit.triage.language,
      createdAt: now,
    });
    try {
      await insertBooking(this.dataSource, {
        booking,
        contactLimit: this.settings.get('MAX_ACTIVE_BOOKINGS_PER_CONTACT'),
        now,
      });
    } catch (error) {
      if (TAKEN.has(postgresError(error)?.constraint ?? '')) return undefined;
      throw error;
    }
    return this.queries.findByReference(booking.reference);
  }
}
