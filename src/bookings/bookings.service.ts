import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { randomInt } from 'node:crypto';
import type { DataSource, EntityManager, Repository } from 'typeorm';
import { SlotNotOfferedError, SlotTakenError } from '../availability/availability.errors.js';
import {
  AvailabilityService,
  type ErrandToBook,
  type SlotChoice,
} from '../availability/availability.service.js';
import type { StationPlan } from '../availability/slots.js';
import { Clock } from '../common/clock/clock.js';
import { SettingsService } from '../config/settings.service.js';
import type { Language } from '../errands/errand-definition.js';
import { TriageNotCallbackError } from '../errands/errands.errors.js';
import type { TicketKind } from '../errands/triage-ticket.js';
import { TriageService } from '../errands/triage.service.js';
import { hashSecret, secretMatches } from '../common/secrets.js';
import {
  newManageToken,
  newReference,
  normalizeReference,
  openReplay,
  requestFingerprint,
  sealReplay,
} from './booking-secrets.js';
import { BookingChallenges } from './booking-challenges.service.js';
import { BookingStatusService } from './booking-status.service.js';
import {
  BookingCancelledError,
  BookingNotFoundError,
  BookingStartedError,
  CallbackPhoneRequiredError,
  ChallengeUsedError,
  IdempotencyKeyReusedError,
  TooManyBookingsError,
  TriageAlreadyBookedError,
} from './bookings.errors.js';
import { toBookingResponse } from './bookings.mapper.js';
import type { BookingResponse, CreateBookingDto, RescheduleBookingDto } from './dto/booking.dto.js';
import { Booking, type BookingSource, kindOf } from './entities/booking.entity.js';
import { localDate } from '../common/time/local-date.js';
import type { TriageSession } from '../errands/entities/triage-session.entity.js';
import { bookedId, ContactLimitReached, findReplay, insertBooking, moveBooking } from './booking.store.js';
import { contactKeys } from './contact.js';
import { type PostgresErrorInfo, postgresError } from '../database/prepared.js';
import { NotificationsOutbox } from '../notifications/notifications-outbox.service.js';

/** Every failed insert means a competitor took a station or adviser, so this bound is never reached in practice. */
const MAX_ATTEMPTS = 50;

/**
 * Two concurrent inserts that overlap on a station or adviser can each find the other's index entry
 * and wait for it; PostgreSQL then aborts one of them with a deadlock. Like an exclusion violation,
 * that only means a competitor took the resource.
 */
const DEADLOCK_DETECTED = '40P01';

function lostRace(failure: PostgresErrorInfo | undefined): boolean {
  return (
    failure?.code === DEADLOCK_DETECTED ||
    failure?.constraint === 'ex_bookings_station_overlap' ||
    failure?.constraint === 'ex_bookings_adviser_overlap'
  );
}

/** The least loaded of the free resources that day; ties broken at random to spread concurrent requests. */
function leastLoaded(freeIds: string[], resources: Pick<StationPlan, 'id' | 'busy'>[]): string {
  const load = (id: string) => resources.find((r) => r.id === id)?.busy.length ?? 0;
  const lowest = Math.min(...freeIds.map(load));
  const candidates = freeIds.filter((id) => load(id) === lowest);
  return candidates[randomInt(candidates.length)];
}

/** The contacts as the contact limit counts them; what the citizen typed is kept beside them. */
function normalizedContacts(citizen: { email?: string; phone?: string }) {
  const keys = contactKeys(citizen);
  return { citizenEmailNormalized: keys.email, citizenPhoneNormalized: keys.phone };
}

/**
 * The station and adviser for a visit: the least loaded free ones in the slot. A callback takes
 * the least loaded free hotline adviser and no station.
 */
function pickResources(choice: SlotChoice): { stationId: string | null; adviserId: string } {
  return {
    stationId: choice.slot.stationless ? null : leastLoaded(choice.slot.stationIds, choice.plan.stations),
    adviserId: leastLoaded(choice.slot.adviserIds, choice.plan.advisers),
  };
}

/** What availability books for an errand: a visit's minutes, or a callback's (the phone minutes). */
function errandToBook(
  errand: { id: string; visitMinutes: number; phoneMinutes: number | null },
  kind: TicketKind,
) {
  return kind === 'callback'
    ? { errandId: errand.id, minutes: errand.phoneMinutes!, callback: true }
    : { errandId: errand.id, minutes: errand.visitMinutes };
}

/** How `create` treats the proof of work; the default asks for a solved challenge. */
export interface CreateBookingOptions {
  /**
   * Book without a solved challenge: the booking page's form for browsers without JavaScript
   * (which cannot solve one; that route answers to its own, stricter per-address limit,
   * RATE_LIMIT_BOOKINGS_WITHOUT_PROOF), and staff booking for a citizen behind the staff sign-in
   * (the hotline, from a call). The public API never does: it keeps requiring the proof.
   */
  withoutChallenge?: 'page-without-javascript' | 'staff-for-citizen';
}

@Injectable()
export class BookingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Booking) private readonly bookings: Repository<Booking>,
    private readonly triage: TriageService,
    private readonly availability: AvailabilityService,
    private readonly status: BookingStatusService,
    private readonly settings: SettingsService,
    private readonly clock: Clock,
    private readonly challenges: BookingChallenges,
    private readonly outbox: NotificationsOutbox,
  ) {}

  /**
   * Books the offered start for a `visit` triage, or a callback at a hotline place for a triage
   * that offers one (the citizen's phone required). The server picks the station and adviser (a
   * callback: a free hotline adviser, no station); the database's exclusion constraints settle
   * races, and a lost race retries with what is left. A repeated request replays its answer before
   * its challenge is looked at (it was used by the first).
   */
  async create(
    dto: CreateBookingDto,
    idempotencyKey: string,
    requestLanguage: Language,
    challengeSolution?: string,
    options: CreateBookingOptions = {},
  ): Promise<BookingResponse> {
    const language = dto.language ?? requestLanguage;
    const keyHash = hashSecret(`idempotency:${idempotencyKey}`);
    const requestHash = requestFingerprint(dto, language);
    const replay = await this.replay(keyHash, requestHash, idempotencyKey);
    if (replay) return replay;
    const challenge =
      options.withoutChallenge !== undefined ? undefined : await this.challenges.solved(challengeSolution);

    const session = await this.triage.findById(dto.triage);
    const kind = await this.availability.kindFor(session, dto.location);
    const ticket = this.triage.asTicket(session, kind);
    if (kind === 'callback' && !dto.citizen.phone) throw new CallbackPhoneRequiredError();
    const errand = ticket.errand;
    const start = new Date(dto.start);
    for (let attempt = 1; ; attempt++) {
      let choice: SlotChoice;
      try {
        choice = await this.availability.choose(errandToBook(errand, kind), dto.location, start);
      } catch (error) {
        // A twin request with the same key may have taken the last place since our first look:
        // then this request was booked, and answers as the twin did.
        const replay =
          error instanceof SlotTakenError && (await this.replay(keyHash, requestHash, idempotencyKey));
        if (replay) return replay;
        await this.refuseVisitAtHotline(error, ticket, dto.location);
        throw error;
      }
      const manageToken = newManageToken();
      const booking = this.newBooking(choice, {
        triageId: ticket.id,
        errandId: errand.id,
        language,
        manageToken,
        citizen: dto.citizen,
        source: 'online',
      });
      const station = choice.location.stations.find((s) => s.id === booking.stationId) ?? null;
      const response = toBookingResponse(
        { ...booking, location: choice.location, station, errand },
        manageToken,
      );
      try {
        // The booking and its messages commit together: no confirmation for a booking that failed,
        // no booking without its confirmation.
        await this.dataSource.transaction(async (manager) => {
          await insertBooking(manager, {
            booking,
            idempotency: { keyHash, requestHash, sealedResponse: sealReplay(idempotencyKey, response) },
            contactLimit: this.settings.get('MAX_ACTIVE_BOOKINGS_PER_CONTACT'),
            now: booking.createdAt,
            challenge,
          });
          const id = await bookedId(manager, booking.reference, dto.citizen.sms === true);
          await this.outbox.booked(manager, id, manageToken);
        });
        return response;
      } catch (error) {
        const retry = await this.afterFailedInsert(error, attempt, {
          keyHash,
          requestHash,
          idempotencyKey,
          triage: ticket.id,
        });
        if (typeof retry === 'object') return retry;
      }
    }
  }

  /**
   * A visit ticket at a hotline place finds no visit time there (a hotline has no stations): say
   * that the triage offers no callback, rather than that the time is not offered.
   */
  private async refuseVisitAtHotline(error: unknown, ticket: TriageSession, location: string): Promise<void> {
    if (!(error instanceof SlotNotOfferedError) || error.details?.rule !== 'not_handled') return;
    if ((await this.availability.placeKind(location)) === 'hotline')
      throw new TriageNotCallbackError(ticket.id, ticket.outcome);
  }

  private newBooking(
    choice: SlotChoice,
    ids: {
      triageId: string;
      errandId: string;
      language: Language;
      manageToken: string;
      citizen: { name?: string; email?: string; phone?: string };
      source: BookingSource;
    },
  ): Booking {
    const now = this.clock.now();
    return this.bookings.create({
      reference: newReference(),
      manageTokenHash: hashSecret(ids.manageToken),
      triageId: ids.triageId,
      errandId: ids.errandId,
      locationId: choice.location.id,
      ...pickResources(choice),
      startsAt: new Date(choice.slot.start),
      endsAt: new Date(choice.slot.end),
      status: 'booked',
      source: ids.source,
      citizenName: ids.citizen.name ?? null,
      citizenEmail: ids.citizen.email ?? null,
      citizenPhone: ids.citizen.phone ?? null,
      ...normalizedContacts(ids.citizen),
      language: ids.language,
      createdAt: now,
      updatedAt: now,
    });
  }

  /**
   * Books the first free time today at the location for a walk-in whose triage says `visit` (no
   * minimum notice: they are here), inside the caller's transaction. Undefined when nothing is free.
   */
  async bookWalkIn(
    ticket: TriageSession,
    location: { id: string; timeZone: string },
    citizen: { name?: string },
    language: Language,
    within: EntityManager,
    /** A later time reception offered (nothing was free today); taken or not offered → the error. */
    at?: Date,
  ): Promise<Booking | undefined> {
    const errand = { errandId: ticket.errand.id, minutes: ticket.errand.visitMinutes, minNoticeMinutes: 0 };
    const today = localDate(this.clock.now(), location.timeZone);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const start = at ?? (await this.firstFreeOn(today, errand, location.id));
      if (!start) return undefined;
      const choice = await this.availability.choose(errand, location.id, start).catch((error: unknown) => {
        // Taken a moment ago: look again (today's first free), or say so (the time offered).
        if (!at && error instanceof SlotTakenError) return undefined;
        throw error;
      });
      if (!choice) continue;
      const booking = this.newBooking(choice, {
        triageId: ticket.id,
        errandId: ticket.errand.id,
        language,
        manageToken: newManageToken(),
        citizen,
        source: 'walk_in',
      });
      try {
        // A savepoint per attempt: a lost race rolls back only the attempt, not the caller's work.
        await within.transaction((attemptManager) =>
          insertBooking(attemptManager, {
            booking,
            contactLimit: this.settings.get('MAX_ACTIVE_BOOKINGS_PER_CONTACT'),
            now: booking.createdAt,
          }),
        );
        // book_visit() assigns the id; the caller goes on with the booking in its transaction.
        const [row] = await within.query<{ id: string }[]>('SELECT id FROM bookings WHERE reference = $1', [
          booking.reference,
        ]);
        booking.id = row.id;
        return booking;
      } catch (error) {
        if (!lostRace(postgresError(error)) && postgresError(error)?.constraint !== 'uq_bookings_reference')
          throw error;
      }
    }
    return undefined;
  }

  private async firstFreeOn(
    date: string,
    errand: ErrandToBook,
    locationId: string,
  ): Promise<Date | undefined> {
    const [day] = await this.availability.freeSlots(errand, { from: date, to: date }, locationId);
    return day.slots[0] && new Date(day.slots[0].slot.start);
  }

  /** Decides what a failed booking insert means: retry (true), a replay to return, or an error. */
  private async afterFailedInsert(
    error: unknown,
    attempt: number,
    context: { keyHash: Buffer; requestHash: Buffer; idempotencyKey: string; triage: string },
  ): Promise<true | BookingResponse> {
    if (error instanceof ContactLimitReached) {
      throw new TooManyBookingsError(this.settings.get('MAX_ACTIVE_BOOKINGS_PER_CONTACT'));
    }
    const failure = postgresError(error);
    if (failure?.constraint || failure?.code === DEADLOCK_DETECTED) {
      // A concurrent request with the same key may have won - on the triage, a station, an adviser
      // or the key itself; then answer as it did.
      const replay = await this.replay(context.keyHash, context.requestHash, context.idempotencyKey);
      if (replay) return replay;
    }
    const constraint = failure?.constraint;
    if (constraint === 'uq_bookings_triage_active') throw new TriageAlreadyBookedError(context.triage);
    if (constraint === 'pk_used_challenges') throw new ChallengeUsedError();
    if ((lostRace(failure) || constraint === 'uq_bookings_reference') && attempt < MAX_ATTEMPTS) return true;
    throw error;
  }

  private async replay(
    keyHash: Buffer,
    requestHash: Buffer,
    idempotencyKey: string,
  ): Promise<BookingResponse | undefined> {
    const record = await findReplay(this.dataSource, keyHash);
    if (!record) return undefined;
    if (!record.requestHash.equals(requestHash)) throw new IdempotencyKeyReusedError();
    return openReplay<BookingResponse>(idempotencyKey, record.response);
  }

  /** Whether `create` asks for a solved challenge (ALTCHA_ENABLED): the pages show the widget then. */
  get proofRequired(): boolean {
    return this.challenges.enabled;
  }

  /** The booking behind a reference, only with its manage token; otherwise "not found". */
  async findManaged(reference: string, token: string): Promise<Booking> {
    const booking = await this.bookings.findOne({
      where: { reference: normalizeReference(reference) },
      relations: { location: true, station: true, errand: true },
    });
    if (!booking || !secretMatches(token, booking.manageTokenHash)) throw new BookingNotFoundError();
    return booking;
  }

  /**
   * Only a booked time that has not begun moves: a cancelled one says so; one checked in, under way
   * or completed (a callback can be over before its booked time) has begun, whatever its start.
   */
  private assertChangeable(booking: Pick<Booking, 'reference' | 'status' | 'startsAt'>): void {
    if (booking.status === 'cancelled') throw new BookingCancelledError(booking.reference);
    if (booking.status !== 'booked' || booking.startsAt.getTime() <= this.clock.now().getTime())
      throw new BookingStartedError(booking.reference);
  }

  async cancel(reference: string, token: string, reason?: string): Promise<Booking> {
    const booking = await this.findManaged(reference, token);
    await this.status.change(booking, {
      action: 'cancel',
      reason: reason ?? 'Aflyst af borgeren',
      by: 'citizen',
    });
    return this.findManaged(reference, token);
  }

  /**
   * Moves a booking in one UPDATE: the new station and adviser are taken in the same statement that
   * releases the old ones, so if the new time is gone the booking stays where it was.
   */
  async reschedule(reference: string, token: string, dto: RescheduleBookingDto): Promise<Booking> {
    const booking = await this.findManaged(reference, token);
    await this.moveTo(booking, dto, null, token);
    return this.findManaged(reference, token);
  }

  /**
   * The move itself, for the citizen's reschedule and for staff moving a booking for a citizen
   * (`moveReason`: why staff moved it; a citizen's own move clears an earlier one). The "changed"
   * message is written in the move's transaction; it carries the manage link only when the
   * citizen moved it themselves (`manageToken`: staff never hold one).
   */
  async moveTo(
    booking: Booking,
    dto: RescheduleBookingDto,
    moveReason: string | null = null,
    manageToken: string | null = null,
  ): Promise<void> {
    this.assertChangeable(booking);
    // A callback stays a callback (only hotline times); a visit stays a visit (never at a hotline).
    const errand =
      kindOf(booking) === 'callback'
        ? {
            errandId: booking.errandId,
            // The catalog may have dropped phone help since: the call keeps its own length then.
            minutes:
              booking.errand.phoneMinutes ?? (booking.endsAt.getTime() - booking.startsAt.getTime()) / 60_000,
            callback: true,
          }
        : { errandId: booking.errandId, minutes: booking.errand.visitMinutes };
    const start = new Date(dto.start);
    for (let attempt = 1; ; attempt++) {
      const choice = await this.availability.choose(
        errand,
        dto.location ?? booking.locationId,
        start,
        booking.id,
      );
      try {
        const move = {
          bookingId: booking.id,
          startsAt: new Date(choice.slot.start),
          endsAt: new Date(choice.slot.end),
          now: this.clock.now(),
          locationId: choice.location.id,
          ...pickResources(choice),
          moveReason,
        };
        const moved = await this.dataSource.transaction(async (manager) => {
          if (!(await moveBooking(manager, move))) return false;
          await this.outbox.moved(manager, booking.id, booking.startsAt, manageToken);
          return true;
        });
        if (!moved) {
          // Changed under us (cancelled, checked in, the call begun): say which, as the row is now.
          const now = await this.bookings.findOneByOrFail({ id: booking.id });
          this.assertChangeable(now);
          throw new BookingStartedError(booking.reference);
        }
        return;
      } catch (error) {
        if (!lostRace(postgresError(error)) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }
}
