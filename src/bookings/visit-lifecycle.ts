import type { BookingStatus } from './entities/booking.entity.js';

export const VISIT_ACTIONS = ['check_in', 'call', 'start', 'complete', 'no_show'] as const;
export type VisitAction = (typeof VISIT_ACTIONS)[number];

/**
 * Which statuses each action may leave from, and where it leads. A citizen may be called again
 * (they did not hear it); an adviser may start without calling (the citizen is already at the
 * station); a called citizen who never comes to the station is a no-show.
 */
const TRANSITIONS: Record<VisitAction, { from: BookingStatus[]; to: BookingStatus }> = {
  check_in: { from: ['booked'], to: 'checked_in' },
  call: { from: ['checked_in', 'called'], to: 'called' },
  start: { from: ['checked_in', 'called'], to: 'in_progress' },
  complete: { from: ['in_progress'], to: 'completed' },
  no_show: { from: ['booked', 'checked_in', 'called'], to: 'no_show' },
};

/** The status after the action, or undefined when the action is not allowed from `status`. */
export function nextStatus(status: BookingStatus, action: VisitAction): BookingStatus | undefined {
  const transition = TRANSITIONS[action];
  return transition.from.includes(status) ? transition.to : undefined;
}

export function allowedFrom(action: VisitAction): readonly BookingStatus[] {
  return TRANSITIONS[action].from;
}
