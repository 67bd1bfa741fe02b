import type { Language } from '../../../common/i18n/localized.js';
import { type BookingForPeople, withToken } from '../receipt/booking-view.js';
import { type ManageTexts, textsFor } from './manage.texts.js';

/** `?besked=`: what the last change did, said once on the manage page it redirects to. */
export const MANAGE_MESSAGES = { moved: 'flyttet', cancelled: 'aflyst' } as const;

export interface ManageView {
  t: ManageTexts;
  /** The last change's confirmation, when the page is its answer. */
  message?: string;
  /** Links to move and cancel, while the visit is ahead. */
  actions?: { change: string; cancel: string };
}

export function manageActionPaths(reference: string, token: string) {
  return {
    manage: withToken(`/min-tid/${reference}`, token),
    change: withToken(`/min-tid/${reference}/flyt`, token),
    cancel: withToken(`/min-tid/${reference}/aflys`, token),
  };
}

export function toManageView(
  booking: BookingForPeople,
  token: string,
  message: unknown,
  language: Language,
): ManageView {
  const t = textsFor('manage', booking.kind, language);
  const paths = manageActionPaths(booking.reference, token);
  const said =
    message === MANAGE_MESSAGES.moved
      ? t.moved
      : message === MANAGE_MESSAGES.cancelled
        ? t.cancelledNow
        : undefined;
  return {
    t,
    message: said,
    actions: booking.state === 'booked' ? { change: paths.change, cancel: paths.cancel } : undefined,
  };
}
