import type { Outcome } from './errand-definition.js';

/** What a triage books: a visit at a station, or a callback from the hotline. */
export type TicketKind = 'visit' | 'callback';

/**
 * Whether a triage lets the citizen book a visit (its expiry aside): a `visit` outcome, or a
 * `self_service` one after the citizen said they could not do it themselves — the law requires a
 * visit to stay possible (e.g. pasbekendtgørelsen § 5, citizens exempt from Digital Post).
 * `not_yet`, `elsewhere` and `callback` never book a visit.
 */
export function isBookable(triage: { outcome: Outcome; selfServiceTriedAt: Date | null }): boolean {
  return triage.outcome === 'visit' || (triage.outcome === 'self_service' && !!triage.selfServiceTriedAt);
}

/** What offersCallback reads of a triage: its outcome, deciding rule and the errand's phone help. */
export interface CallbackTicketParts {
  outcome: Outcome;
  ruleKey: string;
  errand: { phoneMinutes: number | null; rules?: { key: string; offersCallback: boolean }[] };
}

/**
 * Whether a triage lets the citizen book a callback from the hotline (its expiry aside): only for
 * an errand that phone help can solve, when the triage decided `callback` (a call instead of a
 * visit), or `visit` by a rule that offers a call next to the visit.
 */
export function offersCallback(triage: CallbackTicketParts): boolean {
  if (triage.errand.phoneMinutes === null) return false;
  if (triage.outcome === 'callback') return true;
  if (triage.outcome !== 'visit') return false;
  return (triage.errand.rules ?? []).some((rule) => rule.key === triage.ruleKey && rule.offersCallback);
}
