import { containedInAny, type Interval, mergeIntervals, overlapsAny } from '../common/time/intervals.js';

export interface StationPlan {
  id: string;
  /** Active bookings of the station. */
  busy: Interval[];
}

export interface AdviserPlan {
  id: string;
  /** Working time at this location, absences already cut out. */
  available: Interval[];
  /** Active bookings of the adviser, at any location. */
  busy: Interval[];
}

/** Everything about one location on one local day that decides its free start times. */
export interface DayPlan {
  /** Local midnight of the day; start times lie on a grid of `stepMs` from here. */
  origin: number;
  stepMs: number;
  durationMs: number;
  openings: Interval[];
  stations: StationPlan[];
  advisers: AdviserPlan[];
  /** Bounds for a start time: minimum notice and booking horizon. */
  earliestStart: number;
  latestStart: number;
  /** A hotline's day: a call needs a free adviser and no station (`stations` is empty). */
  stationless?: boolean;
}

export interface Slot {
  start: number;
  end: number;
  /** Always empty for a callback (stationless). */
  stationIds: string[];
  adviserIds: string[];
  /** A callback slot at a hotline: its capacity is its free advisers. */
  stationless?: boolean;
}

/**
 * How many bookings can start in the slot at once: a visit needs its own station and adviser, a
 * callback only its own adviser.
 */
export function capacityOf(slot: Pick<Slot, 'stationIds' | 'adviserIds' | 'stationless'>): number {
  if (slot.stationless) return slot.adviserIds.length;
  return Math.min(slot.stationIds.length, slot.adviserIds.length);
}

/** A candidate start time's free stations and advisers (either list may be empty). */
export function resourcesAt(plan: DayPlan, start: number): Slot {
  const end = start + plan.durationMs;
  return {
    start,
    end,
    stationIds: plan.stations.filter((s) => !overlapsAny(s.busy, start, end)).map((s) => s.id),
    adviserIds: plan.advisers
      .filter((a) => containedInAny(a.available, start, end) && !overlapsAny(a.busy, start, end))
      .map((a) => a.id),
    ...(plan.stationless && { stationless: true }),
  };
}

/** Grid start times whose whole visit fits inside an opening interval and the notice/horizon bounds. */
export function candidateStarts(plan: DayPlan): number[] {
  const starts: number[] = [];
  for (const opening of mergeIntervals(plan.openings)) {
    const first = plan.origin + Math.ceil((opening.start - plan.origin) / plan.stepMs) * plan.stepMs;
    for (let start = first; start + plan.durationMs <= opening.end; start += plan.stepMs) {
      if (start >= plan.earliestStart && start <= plan.latestStart) starts.push(start);
    }
  }
  return starts;
}

/**
 * Why `start` is not a candidate start of the day (the first rule it breaks), or undefined when it
 * is one. The same rules as candidateStarts, one at a time, so a refusal can say which.
 */
export function whyNotCandidate(
  plan: DayPlan,
  start: number,
): 'off_grid' | 'too_soon' | 'too_far_ahead' | 'outside_opening_hours' | undefined {
  if ((start - plan.origin) % plan.stepMs !== 0) return 'off_grid';
  if (start < plan.earliestStart) return 'too_soon';
  if (start > plan.latestStart) return 'too_far_ahead';
  if (!containedInAny(mergeIntervals(plan.openings), start, start + plan.durationMs))
    return 'outside_opening_hours';
  return undefined;
}

/**
 * The bookable slots of one day: every candidate start where at least one capable station and one
 * adviser who handles the errand are free for the whole visit, inside the adviser's working time
 * (at a hotline: one such adviser, for the whole call).
 */
export function slotsForDay(plan: DayPlan): Slot[] {
  return candidateStarts(plan)
    .map((start) => resourcesAt(plan, start))
    .filter((slot) => capacityOf(slot) > 0);
}
