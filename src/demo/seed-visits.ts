import { offersCallback } from '../errands/triage-ticket.js';
import type { INestApplicationContext } from '@nestjs/common';
import { DateTime } from 'luxon';
import { BookingStatusService, type BookingState } from '../bookings/booking-status.service.js';
import { nextStatus, type StatusChange, type VisitAction } from '../bookings/booking-transitions.js';
import { PlacedVisits } from '../bookings/placed-visits.service.js';
import { Clock } from '../common/clock/clock.js';
import { localDate } from '../common/time/local-date.js';
import { TriageService } from '../errands/triage.service.js';
import type { Location } from '../locations/entities/location.entity.js';
import { LocationsService } from '../locations/locations.service.js';
import { StaffingService } from '../staffing/staffing.service.js';
import type { DemoStatus, DemoVisit } from './visits-file.js';

/** The owners' services the demo's visits are written through (see seed.ts's Writers). */
export interface VisitWriters {
  triage: TriageService;
  placed: PlacedVisits;
  status: BookingStatusService;
  locations: LocationsService;
  staffing: StaffingService;
  clock: Clock;
}

export function visitWritersOf(app: INestApplicationContext): VisitWriters {
  return {
    triage: app.get(TriageService),
    placed: app.get(PlacedVisits),
    status: app.get(BookingStatusService),
    locations: app.get(LocationsService),
    staffing: app.get(StaffingService),
    clock: app.get(Clock),
  };
}

/** The steps of the transition table that lead from booked to each status. */
const STEPS: Record<DemoStatus, VisitAction[]> = {
  checked_in: ['check_in'],
  called: ['check_in', 'call'],
  in_progress: ['check_in', 'start'],
  completed: ['check_in', 'start', 'complete'],
  no_show: ['no_show'],
};

export interface LoadedVisits {
  placed: number;
  /** Why each visit that was left out was (no personal data: day, time, place). */
  skipped: string[];
}

/**
 * Today's status, through the status writer one step at a time. Waiting in the queue is applied
 * whatever the time, so reception and the screen have a queue; the other statuses only once the
 * visit's time has begun (until then it stays booked, as in real life).
 */
async function applyStatus(
  w: VisitWriters,
  booking: BookingState,
  visit: DemoVisit,
  now: Date,
): Promise<void> {
  if (!visit.status || (visit.status !== 'checked_in' && booking.startsAt > now)) return;
  let state = booking;
  for (const action of STEPS[visit.status]) {
    const change: StatusChange =
      action === 'check_in'
        ? { action, queueDay: localDate(now, booking.location.timeZone) }
        : action === 'complete'
          ? { action, outcome: visit.outcome!, canDoAloneNextTime: visit.canDoAloneNextTime! }
          : ({ action } as StatusChange);
    await w.status.change(state, change);
    state = { ...state, status: nextStatus(state.status, action)! };
  }
}

/**
 * Loads the demo's visits after the demo municipality (they need its committed places, advisers
 * and catalog): a triage per visit with its answers, the visit placed at its time, then its status.
 * A visit whose time is not free, or outside opening hours or working time (a weekend, a holiday,
 * summer hours, an absence), is skipped — never a failed start.
 */
export async function seedDemoVisits(w: VisitWriters, visits: DemoVisit[]): Promise<LoadedVisits> {
  const now = w.clock.now();
  const advisers = await w.staffing.idsByEmail(visits.flatMap((visit) => visit.adviser ?? []));
  const places = new Map<string, Location>();
  const loaded: LoadedVisits = { placed: 0, skipped: [] };
  for (const visit of visits) {
    const why = `${visit.date} ${visit.time} ${visit.location}`;
    const location = places.get(visit.location) ?? (await w.locations.findByRef(visit.location));
    places.set(visit.location, location);
    const adviserId = visit.adviser && advisers.get(visit.adviser.toLowerCase());
    if (visit.adviser && !adviserId) {
      loaded.skipped.push(`${why}: no adviser ${visit.adviser}`);
      continue;
    }
    const triage = await w.triage.triage(visit.errand, visit.answers, { language: 'da', source: 'online' });
    const startsAt = DateTime.fromISO(`${visit.date}T${visit.time}`, { zone: location.timeZone }).toJSDate();
    // An entry with a phone is a callback: at a hotline, with a triage that offers one.
    const callback = location.kind === 'hotline';
    if (callback !== (visit.phone !== undefined)) {
      loaded.skipped.push(`${why}: a callback needs a hotline place and a phone, a visit neither`);
      continue;
    }
    const ticket = callback ? offersCallback(triage) : triage.outcome === 'visit';
    const booking = ticket
      ? await w.placed.place({
          triage,
          locationId: location.id,
          startsAt,
          adviserId,
          // Without a named adviser, someone else: a named adviser's day stays as the file lists it.
          otherThan: [...advisers.values()],
          citizenName: visit.name,
          callbackPhone: visit.phone,
        })
      : undefined;
    if (!booking) {
      loaded.skipped.push(`${why}: not free, or outside opening hours or working time`);
      continue;
    }
    await applyStatus(w, booking, visit, now);
    loaded.placed += 1;
  }
  return loaded;
}
