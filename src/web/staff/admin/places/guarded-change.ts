import type { GuardedResult } from '../../../../bookings/booking-guard.service.js';
import { type AffectedBooking, ChangeAffectsBookingsError } from '../../../../bookings/bookings.errors.js';
import type { Language } from '../../../../common/i18n/localized.js';
import type { FieldError } from '../../../page/pages.service.js';
import { type CancelRequest, checkCancelRequest, sameBookings } from './affected-bookings.js';
import { AFFECTED_TEXTS } from './affected-bookings.texts.js';

export type GuardedOutcome<T> =
  | { done: true; result: GuardedResult<T> }
  | { done: false; affected: AffectedBooking[]; errors: FieldError[]; request?: CancelRequest };

/**
 * A change from a page that BookingGuardService may refuse because it hits booked visits. First
 * tried without cancelling anything: if it hits none (any more), it is saved. If it does and the
 * admin has not yet agreed, or agreed to a different list, or left out the reason or the tick, the
 * visits come back to be shown. Only then is it made again, cancelling exactly the visits shown.
 */
export async function guardedChange<T>(
  change: (cancel?: { reason: string }) => Promise<GuardedResult<T>>,
  request: CancelRequest | undefined,
  language: Language,
): Promise<GuardedOutcome<T>> {
  let affected: AffectedBooking[];
  try {
    return { done: true, result: await change() };
  } catch (error) {
    if (!(error instanceof ChangeAffectsBookingsError)) throw error;
    affected = (error.details as { bookings: AffectedBooking[] }).bookings;
  }
  if (!request) return { done: false, affected, errors: [] };
  if (!sameBookings(affected, request.confirmed)) {
    const errors = [{ field: 'cancelConfirm', message: AFFECTED_TEXTS[language].changed }];
    return { done: false, affected, errors, request: { ...request, ticked: false } };
  }
  const checked = await checkCancelRequest(request, language);
  if (!checked.ok) return { done: false, affected, errors: checked.errors, request };
  return { done: true, result: await change({ reason: checked.reason }) };
}
