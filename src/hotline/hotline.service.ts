import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { StaffPrincipal } from '../auth/roles.decorator.js';
import { StaffLocationsService } from '../auth/staff-locations.service.js';
import { BookingQueries } from '../bookings/booking-queries.service.js';
import { BookingNotFoundError } from '../bookings/bookings.errors.js';
import { type CallOutcome, BookingStatusService } from '../bookings/booking-status.service.js';
import type { Booking, CallbackOutcome } from '../bookings/entities/booking.entity.js';
import { Clock } from '../common/clock/clock.js';
import { localDate, localDayBounds } from '../common/time/local-date.js';
import type { TriageSession } from '../errands/entities/triage-session.entity.js';
import { TriageService } from '../errands/triage.service.js';
import type { Location } from '../locations/entities/location.entity.js';
import { LocationsService } from '../locations/locations.service.js';
import { CallbackNotFoundError, GuidanceOptionInvalidError, NoHotlinePlaceError } from './hotline.errors.js';

/** What the adviser records at the end of a call; `no_answer` goes back for a second try the first time. */
export interface CallEnd {
  outcome: CallbackOutcome;
  /** With `sent_to_self_service` only: the key of one of the errand's self-service options. */
  guidanceOption?: string;
}

/** A callback on the day's list: what the list and the API show of it. */
export type ListedCallback = Pick<
  Booking,
  | 'id'
  | 'reference'
  | 'status'
  | 'startsAt'
  | 'endsAt'
  | 'citizenName'
  | 'citizenPhone'
  | 'citizenEmail'
  | 'callAttempts'
  | 'lastCallAt'
  | 'outcome'
  | 'guidanceOption'
> & {
  errand: { code: string; name: { da: string; en: string } };
  adviser: { id: string; name: string };
  location: Location;
};

type CallbackRow = Omit<ListedCallback, 'errand' | 'adviser' | 'location'> & {
  errandCode: string;
  errandDa: string;
  errandEn: string;
  adviserId: string;
  adviserName: string;
};

/** A hotline place's callbacks (no station) that start in [from, to), in time order. */
const DAY_SQL = `
SELECT b.id, b.reference, b.status, b.starts_at AS "startsAt", b.ends_at AS "endsAt",
  b.citizen_name AS "citizenName", b.citizen_phone AS "citizenPhone", b.citizen_email AS "citizenEmail",
  b.call_attempts AS "callAttempts", b.last_call_at AS "lastCallAt", b.outcome,
  b.guidance_option AS "guidanceOption", e.code AS "errandCode", e.name_da AS "errandDa", e.name_en AS "errandEn",
  a.id AS "adviserId", a.name AS "adviserName"
FROM bookings b JOIN errands e ON e.id = b.errand_id JOIN advisers a ON a.id = b.adviser_id
WHERE b.location_id = $1 AND b.station_id IS NULL AND b.starts_at >= $2 AND b.starts_at < $3
ORDER BY b.starts_at, b.reference`;

/** A callback with the citizen's triage (the errand's options and questions of the version that decided). */
export interface CallbackWithTriage {
  callback: Booking;
  triage: TriageSession;
}

/**
 * The hotline's day: a hotline place's callbacks in time order, and working one — start the call,
 * record how it ended, or that nobody answered. Any hotline staff (or admin) who works at the
 * callback's place may work any of its callbacks, as reception works any visit at its desk: a
 * colleague takes over when the one it was booked with is busy. Statuses change only through
 * BookingStatusService.
 */
@Injectable()
export class HotlineService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: BookingQueries,
    private readonly status: BookingStatusService,
    private readonly triage: TriageService,
    private readonly locations: LocationsService,
    private readonly staffLocations: StaffLocationsService,
    private readonly clock: Clock,
  ) {}

  /** The hotline places the account works at (admins: every one), by name. */
  async places(staff: StaffPrincipal): Promise<Location[]> {
    const all = await this.locations.activeByName(
      staff.roles.includes('admin') ? undefined : staff.locationIds,
    );
    return all.filter((location) => location.kind === 'hotline');
  }

  /** The place asked for (code or id), or the account's first hotline place; 403 where it does not work. */
  async place(staff: StaffPrincipal, ref?: string): Promise<Location> {
    const places = await this.places(staff);
    const wanted = ref?.toUpperCase();
    const place = wanted ? places.find((p) => p.code === wanted || p.id === ref) : places[0];
    if (!place) throw new NoHotlinePlaceError(ref);
    return place;
  }

  /** A place's callbacks on a local day (default today), in time order, with their errands. */
  async day(place: Location, date?: string): Promise<ListedCallback[]> {
    const bounds = localDayBounds(date ?? localDate(this.clock.now(), place.timeZone), place.timeZone);
    const rows = await this.dataSource.query<CallbackRow[]>(DAY_SQL, [place.id, bounds.from, bounds.to]);
    return rows.map((row) => ({
      ...row,
      errand: { code: row.errandCode, name: { da: row.errandDa, en: row.errandEn } },
      adviser: { id: row.adviserId, name: row.adviserName },
      location: place,
    }));
  }

  /** One callback, where the account may work; a visit's reference is "not found" here. */
  async callback(reference: string, staff: StaffPrincipal): Promise<Booking> {
    const callback = await this.queries.findByReference(reference).catch((error: unknown) => {
      if (error instanceof BookingNotFoundError) return undefined;
      throw error;
    });
    if (!callback || callback.stationId !== null) throw new CallbackNotFoundError(reference);
    this.staffLocations.assertMayWorkAt(staff, callback.location);
    return callback;
  }

  /** The callback with its triage: the answers, and the errand's self-service options as they were. */
  async withTriage(reference: string, staff: StaffPrincipal): Promise<CallbackWithTriage> {
    const callback = await this.callback(reference, staff);
    return { callback, triage: await this.triage.findById(callback.triageId) };
  }

  /** "Ring op": the call begins. */
  async startCall(reference: string, staff: StaffPrincipal): Promise<Booking> {
    const callback = await this.callback(reference, staff);
    await this.status.startCall(callback);
    return this.callback(reference, staff);
  }

  /**
   * How the call ended. `sent_to_self_service` names one of the errand's self-service options;
   * `needs_visit` also writes the phone triage the visit is booked with, in the same transaction;
   * `no_answer` is the first or the second unanswered call.
   */
  async endCall(reference: string, staff: StaffPrincipal, end: CallEnd): Promise<Booking> {
    const { callback, triage } = await this.withTriage(reference, staff);
    const guidanceOption = this.guidance(triage, end);
    const answered = end.outcome;
    if (answered === 'no_answer') {
      await this.status.noAnswer(callback);
      return this.callback(reference, staff);
    }
    await this.dataSource.transaction(async (manager) => {
      // "Needs a visit" makes the phone triage first, so the outcome can point at it; a refused
      // outcome (another adviser ended the call a moment ago) rolls the triage back with it.
      const phoneTriageId =
        answered === 'needs_visit'
          ? await this.triage.decideVisitByPhone(manager, callback.triageId, { language: callback.language })
          : null;
      const outcome: CallOutcome = { outcome: answered, guidanceOption, phoneTriageId };
      await this.status.recordCallOutcome(callback, outcome, manager);
    });
    return this.callback(reference, staff);
  }

  /** The guidance option as stored: checked against the errand's options, only with self-service. */
  private guidance(triage: TriageSession, end: CallEnd): string | null {
    const options = (triage.errand.selfServiceOptions ?? []).map((option) => option.key);
    const given = end.guidanceOption?.trim() || undefined;
    if (end.outcome !== 'sent_to_self_service') {
      if (given !== undefined) throw new GuidanceOptionInvalidError('not_expected', options);
      return null;
    }
    if (given === undefined) throw new GuidanceOptionInvalidError('missing', options);
    if (!options.includes(given)) throw new GuidanceOptionInvalidError('unknown', options);
    return given;
  }
}
