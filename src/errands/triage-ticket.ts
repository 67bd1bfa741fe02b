import type { Outcome } from './errand-definition.js';

/**
 * Whether a triage lets the citizen book a visit (its expiry aside): a `visit` outcome, or a
 * `self_service` one after the citizen said they could not do it themselves — the law requires a
 * visit to stay possible (e.g. pasbekendtgørelsen § 5, citizens exempt from Digital Post).
 * `not_yet` and `elsewhere` never book.
 */
export function isBookable(triage: { outcome: Outcome; selfServiceTriedAt: Date | null }): boolean {
  return triage.outcome === 'visit' || (triage.outcome === 'self_service' && !!triage.selfServiceTriedAt);
}
