import type { Slot } from '../availability/slots.js';
import type { PostgresErrorInfo } from '../database/prepared.js';

/** Who takes over a visit, and where (a callback: no station, only another hotline adviser). */
export interface Handover {
  stationId: string | null;
  adviserId: string;
}

interface Busy {
  id: string;
  busy: readonly unknown[];
}

/** The resource with the fewest visits in the plan; ties go to the first in id order (repeatable). */
function leastBusy(ids: readonly string[], resources: readonly Busy[]): string {
  const load = (id: string) => resources.find((r) => r.id === id)?.busy.length ?? 0;
  return [...ids].sort((a, b) => load(a) - load(b) || a.localeCompare(b))[0];
}

/**
 * Who can take over a visit at its own time from an adviser who cannot: another adviser free for
 * the whole visit (working there then, not away, no other visit), the least busy first; at the
 * visit's own station when that is still free, otherwise the least busy free station that can
 * handle the errand. Undefined when nobody or no station is free. A callback (no station) goes to
 * another free hotline adviser and stays without a station.
 */
export function chooseHandover(
  booking: { stationId: string | null; adviserId: string },
  free: {
    plan: { stations: readonly Busy[]; advisers: readonly Busy[] };
    slot: Pick<Slot, 'stationIds' | 'adviserIds'>;
  },
): Handover | undefined {
  const advisers = free.slot.adviserIds.filter((id) => id !== booking.adviserId);
  if (advisers.length === 0) return undefined;
  if (booking.stationId === null)
    return { stationId: null, adviserId: leastBusy(advisers, free.plan.advisers) };
  if (free.slot.stationIds.length === 0) return undefined;
  const stationId = free.slot.stationIds.includes(booking.stationId)
    ? booking.stationId
    : leastBusy(free.slot.stationIds, free.plan.stations);
  return { stationId, adviserId: leastBusy(advisers, free.plan.advisers) };
}

const DEADLOCK_DETECTED = '40P01';

/**
 * A concurrent booking or move took the adviser or station first: the exclusion constraints
 * refused ours (or PostgreSQL broke a deadlock between two). Look again, never double-book.
 */
export function lostToConcurrentChange(failure: PostgresErrorInfo | undefined): boolean {
  return (
    failure?.code === DEADLOCK_DETECTED ||
    failure?.constraint === 'ex_bookings_station_overlap' ||
    failure?.constraint === 'ex_bookings_adviser_overlap'
  );
}
