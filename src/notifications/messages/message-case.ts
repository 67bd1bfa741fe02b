import type { MessageView } from './message-view.js';

/** What a message says: the kind, with a cancellation split by who cancelled. */
export type MessageCase =
  'confirmation' | 'reminder' | 'changed' | 'cancelledByCitizen' | 'cancelledByMunicipality';

/**
 * A cancellation with no `cancelledBy` (not written by this code: every cancellation records who)
 * reads as the municipality's, whose message says how to book again and whom to call.
 */
export function messageCase(view: Pick<MessageView, 'kind' | 'cancelledBy'>): MessageCase {
  // "We could not reach you" is composed on its own (composeEmail, composeSms) and never gets here.
  if (view.kind === 'no_answer') throw new Error('A no_answer message has its own composer');
  if (view.kind !== 'cancelled') return view.kind;
  return view.cancelledBy === 'citizen' ? 'cancelledByCitizen' : 'cancelledByMunicipality';
}
