import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../common/clock/clock.js';
import { formatInstant } from '../common/time/format-instant.js';
import type { LocationKind } from '../locations/entities/location.entity.js';
import {
  type CallbackTicketParts,
  isBookable,
  offersCallback,
  type TicketKind,
} from '../errands/triage-ticket.js';
import { LocationsService } from '../locations/locations.service.js';
import { SettingsService } from '../config/settings.service.js';
import {
  DateRangeReversedError,
  DateRangeTooLongError,
  SlotNotOfferedError,
  SlotTakenError,
} from './availability.errors.js';
import {
  type BookingRules,
  buildDayPlans,
  datesBetween,
  type LocationDay,
  type ScheduleData,
  type ScheduleLocation,
} from './day-plans.js';
import { containedInAny } from '../common/time/intervals.js';
import { loadSchedule } from './schedule.query.js';
import {
  candidateStarts,
  capacityOf,
  type DayPlan,
  resourcesAt,
  type Slot,
  slotsForDay,
  whyNotCandidate,
} from './slots.js';

export const MAX_RANGE_DAYS = 31;
/** How far ahead a place's next free time is looked for: bounded, so a list of places answers fast. */
export const FIRST_FREE_SEARCH_DAYS = 14;
const DEFAULT_RANGE_DAYS = 14;
const CALENDAR_ZONE = 'Europe/Copenhagen';
const DAY_MS = 86_400_000;

export interface ErrandToBook {
  errandId: string;
  minutes: number;
  /** Overrides BOOKING_MIN_NOTICE_MINUTES: a walk-in at reception can take a slot right now. */
  minNoticeMinutes?: number;
  /**
   * A callback from the hotline (`minutes` = the errand's phoneMinutes): the places are the active
   * hotlines, no station is needed, the capacity is the free advisers. Without it: visits, never at
   * a hotline.
   */
  callback?: boolean;
}

export interface DaySlots {
  date: string;
  slots: { location: ScheduleLocation; slot: Slot }[];
}

export interface PlaceFirstFree {
  location: ScheduleLocation;
  /** The first free start (ms), if any in the searched days. */
  first?: number;
}

/** An existing booking as the rules judge it. */
export interface ExistingBooking {
  id: string;
  errandId: string;
  locationId: string;
  /** Null for a callback: it is judged as one, at its hotline. */
  stationId: string | null;
  adviserId: string;
  startsAt: Date;
  endsAt: Date;
}

export interface SlotChoice {
  location: ScheduleLocation;
  plan: DayPlan;
  slot: Slot;
}

@Injectable()
export class AvailabilityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: SettingsService,
    private readonly clock: Clock,
    private readonly locations: LocationsService,
  ) {}

  private rules(errand: ErrandToBook): BookingRules {
    return {
      durationMinutes: errand.minutes,
      now: this.clock.now(),
      minNoticeMinutes: errand.minNoticeMinutes ?? this.settings.get('BOOKING_MIN_NOTICE_MINUTES'),
      horizonDays: this.settings.get('BOOKING_HORIZON_DAYS'),
      municipalClosedDays: this.settings.get('MUNICIPAL_CLOSED_DAYS'),
    };
  }

  /** Validates a requested date range; the default is two weeks from today. */
  resolveRange(from?: string, to?: string): { from: string; to: string } {
    const start = from ?? DateTime.fromJSDate(this.clock.now(), { zone: CALENDAR_ZONE }).toISODate()!;
    const end =
      to ??
      DateTime.fromISO(start)
        .plus({ days: DEFAULT_RANGE_DAYS - 1 })
        .toISODate()!;
    if (end < start) throw new DateRangeReversedError(start, end);
    const days = DateTime.fromISO(end).diff(DateTime.fromISO(start), 'days').days + 1;
    if (days > MAX_RANGE_DAYS) throw new DateRangeTooLongError(days, MAX_RANGE_DAYS);
    return { from: start, to: end };
  }

  /** Free start times per local day, across the locations that can handle the errand. */
  async freeSlots(
    errand: ErrandToBook,
    range: { from: string; to: string },
    location?: string,
  ): Promise<DaySlots[]> {
    const data = await this.schedule(errand, range, location);
    if (location && data.locations.length === 0) await this.locations.findByRef(location);
    return this.daySlots(data, range, errand);
  }

  /**
   * The free slots at one place (id or code) with the place as the schedule sees it, in one round
   * trip; undefined when it is no active place that serves the errand.
   */
  async freeSlotsAt(
    errand: ErrandToBook,
    range: { from: string; to: string },
    location: string,
  ): Promise<{ location: ScheduleLocation; days: DaySlots[] } | undefined> {
    const data = await this.schedule(errand, range, location);
    const [found] = data.locations;
    return found && { location: found, days: this.daySlots(data, range, errand) };
  }

  private schedule(errand: ErrandToBook, range: { from: string; to: string }, location?: string) {
    return loadSchedule(this.dataSource, {
      errandId: errand.errandId,
      location,
      fromDate: range.from,
      toDate: range.to,
      callback: errand.callback,
    });
  }

  /** The kind of a place (id or code); LOCATION_NOT_FOUND when there is none. */
  async placeKind(location: string): Promise<LocationKind> {
    // Remembered after the first read: a place's kind never changes. An inactive place keeps its
    // kind here; the schedule query, which only takes places in use, refuses it afterwards.
    return this.locations.kindOf(location);
  }

  /**
   * What a triage books at a place: a callback at a hotline, a visit elsewhere; without a place, a
   * callback for a triage that says `callback`, else a visit. A triage that offers no callback but
   * books a visit looks no place up (the visit path stays one query); whether the ticket is good
   * for the kind is TriageService.asTicket's to say.
   */
  async kindFor(
    ticket: CallbackTicketParts & { selfServiceTriedAt: Date | null },
    location?: string,
  ): Promise<TicketKind> {
    if (!location) return ticket.outcome === 'callback' ? 'callback' : 'visit';
    if (!offersCallback(ticket) && isBookable(ticket)) return 'visit';
    return (await this.placeKind(location)) === 'hotline' ? 'callback' : 'visit';
  }

  private daySlots(
    data: ScheduleData,
    range: { from: string; to: string },
    errand: ErrandToBook,
  ): DaySlots[] {
    const dates = datesBetween(range.from, range.to);
    const days = buildDayPlans(data, dates, this.rules(errand));
    return dates.map((date) => ({
      date,
      slots: days
        .filter(
          (day): day is Extract<LocationDay, { plan: DayPlan }> =>
            day.date === date && day.plan !== undefined,
        )
        .flatMap((day) => slotsForDay(day.plan).map((slot) => ({ location: day.location, slot })))
        .sort((a, b) => a.slot.start - b.slot.start || a.location.code.localeCompare(b.location.code)),
    }));
  }

  /**
   * The places that can serve the errand — an active station capable of it and an adviser who
   * handles it with working time there — each with its first free start within the next `days`
   * days (never past the booking horizon). One query for every place.
   */
  async firstFreeByLocation(errand: ErrandToBook, days = FIRST_FREE_SEARCH_DAYS): Promise<PlaceFirstFree[]> {
    const rules = this.rules(errand);
    const today = DateTime.fromJSDate(rules.now, { zone: CALENDAR_ZONE }).toISODate()!;
    const span = Math.min(days, rules.horizonDays + 1);
    const to = DateTime.fromISO(today)
      .plus({ days: span - 1 })
      .toISODate()!;
    const data = await loadSchedule(this.dataSource, {
      errandId: errand.errandId,
      fromDate: today,
      toDate: to,
      callback: errand.callback,
    });
    const staffed = new Set(
      data.workingTimes
        .filter((row) => row.validTo === null || row.validTo >= today)
        .map((row) => row.locationId),
    );
    const served = data.locations.filter((location) => staffed.has(location.id));
    const plans = buildDayPlans({ ...data, locations: served }, datesBetween(today, to), rules);
    return served.map((location) => {
      for (const day of plans) {
        if (day.location !== location || !day.plan) continue;
        const [slot] = slotsForDay(day.plan);
        if (slot) return { location, first: slot.start };
      }
      return { location };
    });
  }

  /**
   * A start days before now or past the horizon is refused before any query. The day plans refuse
   * it as well, but a year such as 9999 or 0000 is beyond what PostgreSQL's dates can hold; starts
   * near the window's edges are left to the day plans, which name them in the place's time zone.
   */
  private withinBookingWindow(errand: ErrandToBook, start: Date): void {
    const rules = this.rules(errand);
    const when = formatInstant(start.getTime(), CALENDAR_ZONE);
    const now = rules.now.getTime();
    if (start.getTime() < now - DAY_MS)
      throw new SlotNotOfferedError(when, { rule: 'too_soon', minutes: rules.minNoticeMinutes });
    if (start.getTime() > now + (rules.horizonDays + 2) * DAY_MS)
      throw new SlotNotOfferedError(when, { rule: 'too_far_ahead', days: rules.horizonDays });
  }

  /**
   * The free stations and advisers for one start at one location, exactly as availability offers
   * it; refuses a start it would not offer. `ignoreBookingId` leaves a booking being moved out.
   */
  async choose(
    errand: ErrandToBook,
    location: string,
    start: Date,
    ignoreBookingId?: string,
  ): Promise<SlotChoice> {
    this.withinBookingWindow(errand, start);
    const utcDate = DateTime.fromJSDate(start, { zone: 'UTC' });
    const data = await loadSchedule(this.dataSource, {
      errandId: errand.errandId,
      location,
      fromDate: utcDate.minus({ days: 1 }).toISODate()!,
      toDate: utcDate.plus({ days: 1 }).toISODate()!,
      ignoreBookingId,
      callback: errand.callback,
    });
    const found = data.locations[0];
    if (!found) {
      await this.locations.findByRef(location);
      throw new SlotNotOfferedError(start.toISOString(), { rule: 'not_handled' });
    }
    const date = DateTime.fromJSDate(start, { zone: found.timeZone }).toISODate()!;
    const [day] = buildDayPlans({ ...data, locations: [found] }, [date], this.rules(errand));
    const when = formatInstant(start.getTime(), found.timeZone);
    if (!day.plan) throw new SlotNotOfferedError(when, { rule: 'closed', why: day.closed });
    const broken = whyNotCandidate(day.plan, start.getTime());
    if (broken) throw new SlotNotOfferedError(when, this.notOffered(broken, day.plan, errand));
    const slot = resourcesAt(day.plan, start.getTime());
    const end = start.getTime() + day.plan.durationMs;
    const anyoneWorks = day.plan.advisers.some((adviser) =>
      containedInAny(adviser.available, start.getTime(), end),
    );
    // Nobody who handles the errand works then (or all are away): that is no slot, not a taken one.
    if (!anyoneWorks) throw new SlotNotOfferedError(when, { rule: 'no_adviser' });
    if (capacityOf(slot) === 0) throw new SlotTakenError(when);
    return { location: found, plan: day.plan, slot };
  }

  private notOffered(rule: ReturnType<typeof whyNotCandidate> & string, plan: DayPlan, errand: ErrandToBook) {
    const { minNoticeMinutes, horizonDays } = this.rules(errand);
    if (rule === 'too_soon') return { rule, minutes: minNoticeMinutes };
    if (rule === 'too_far_ahead') return { rule, days: horizonDays };
    if (rule === 'off_grid') return { rule, minutes: plan.stepMs / 60_000 };
    return { rule };
  }

  /**
   * Whether an existing booking still fits the rules as they are inside `manager`'s transaction:
   * location open, not closed, its station (a callback has none) and adviser available and free
   * (itself left out).
   */
  async stillValid(manager: EntityManager, booking: ExistingBooking): Promise<boolean> {
    const free = await this.freeFor(manager, booking);
    return (
      !!free &&
      (booking.stationId === null || free.slot.stationIds.includes(booking.stationId)) &&
      free.slot.adviserIds.includes(booking.adviserId)
    );
  }

  /**
   * The stations and advisers free for an existing booking's time, by the rules as they are inside
   * `manager`'s transaction, the booking itself left out (what it could be handed to); undefined
   * when the location is closed then or the time is no longer a start there. A callback (no
   * station) is judged at its hotline, by the hotline's rules.
   */
  async freeFor(
    manager: EntityManager,
    booking: ExistingBooking,
  ): Promise<{ plan: DayPlan; slot: Slot } | undefined> {
    const minutes = (booking.endsAt.getTime() - booking.startsAt.getTime()) / 60_000;
    const utcDate = DateTime.fromJSDate(booking.startsAt, { zone: 'UTC' });
    const query = {
      errandId: booking.errandId,
      location: booking.locationId,
      fromDate: utcDate.minus({ days: 1 }).toISODate()!,
      toDate: utcDate.plus({ days: 1 }).toISODate()!,
      ignoreBookingId: booking.id,
      callback: booking.stationId === null,
    };
    const data = await loadSchedule(this.dataSource, query, manager);
    const location = data.locations[0];
    if (!location) return undefined;
    const date = DateTime.fromJSDate(booking.startsAt, { zone: location.timeZone }).toISODate()!;
    // No notice or horizon: an existing booking is judged only by opening hours, staff and stations,
    // so "now" is put just before its start.
    const rules = {
      ...this.rules({ errandId: booking.errandId, minutes, minNoticeMinutes: 0 }),
      now: new Date(booking.startsAt.getTime() - 1),
      horizonDays: 1,
    };
    const [day] = buildDayPlans({ ...data, locations: [location] }, [date], rules);
    if (!day.plan || !candidateStarts(day.plan).includes(booking.startsAt.getTime())) return undefined;
    return { plan: day.plan, slot: resourcesAt(day.plan, booking.startsAt.getTime()) };
  }
}
