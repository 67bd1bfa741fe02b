import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { AffectedBooking } from '../../../../bookings/bookings.errors.js';
import type { Language } from '../../../../common/i18n/localized.js';
import { TrimmedText } from '../../../../common/validation/text.js';
import type { FieldError } from '../../../page/pages.service.js';
import { momentForPeople } from '../../../page/people-time.js';
import { AFFECTED_TEXTS } from './affected-bookings.texts.js';
import { formText } from '../../../page/form-text.js';

/*
 * A change that hits booked visits (409 CHANGE_AFFECTS_BOOKINGS) is shown again with the visits
 * listed; a second submit with a reason and a ticked "cancel these N visits" cancels them. The form
 * carries the references shown, so visits booked in between are never cancelled unseen.
 */

/** The marker of the second submit. */
export const CANCEL_STEP = 'aflys';

/** What the admin writes as the reason: stored on each cancelled booking. */
export class CancelVisitsDto {
  @TrimmedText({ min: 1, max: 200 })
  cancelReason: string;
}

export interface CancelRequest {
  /** The references the admin saw and agreed to cancel. */
  confirmed: string[];
  ticked: boolean;
  reason: string;
}

/** The second submit's fields, or undefined on a first submit. */
export function readCancelRequest(body: Record<string, unknown> | undefined): CancelRequest | undefined {
  if (body?.step !== CANCEL_STEP) return undefined;
  return {
    confirmed: formText(body.confirmed)
      .split(',')
      .map((reference) => reference.trim())
      .filter(Boolean)
      .slice(0, 1000),
    ticked: body.cancelConfirm === 'ja',
    reason: formText(body.cancelReason),
  };
}

export type CancelCheck = { ok: true; reason: string } | { ok: false; errors: FieldError[] };

/** The reason (trimmed, 1–200 characters, no CPR number) and the ticked box. */
export async function checkCancelRequest(request: CancelRequest, language: Language): Promise<CancelCheck> {
  const t = AFFECTED_TEXTS[language];
  const dto = plainToInstance(CancelVisitsDto, { cancelReason: request.reason });
  const [problem] = await validate(dto);
  const errors: FieldError[] = [];
  if (problem) {
    const message = problem.constraints?.noCpr
      ? t.reasonCpr
      : dto.cancelReason.length === 0
        ? t.reasonMissing
        : t.reasonTooLong;
    errors.push({ field: 'cancelReason', message });
  }
  if (!request.ticked)
    errors.push({ field: 'cancelConfirm', message: t.confirmMissing(request.confirmed.length) });
  return errors.length === 0 ? { ok: true, reason: dto.cancelReason } : { ok: false, errors };
}

/** Whether the visits hit now are exactly those the admin saw. */
export function sameBookings(affected: AffectedBooking[], confirmed: string[]): boolean {
  const now = new Set(affected.map((booking) => booking.reference));
  return now.size === new Set(confirmed).size && confirmed.every((reference) => now.has(reference));
}

export interface AffectedRowView {
  reference: string;
  time: string;
  place: string;
  errand: string;
}

export interface AffectedView {
  count: number;
  /** For the hidden field: the references shown. */
  references: string;
  rows: AffectedRowView[];
  reason: string;
  ticked: boolean;
}

/** How a page names places and errands by code (their names, the place's time zone). */
export interface AffectedLookup {
  place(code: string): { name: string; timeZone: string } | undefined;
  errand(code: string): string | undefined;
}

export function toAffectedView(
  bookings: AffectedBooking[],
  lookup: AffectedLookup,
  language: Language,
  now: Date,
  request?: CancelRequest,
): AffectedView {
  return {
    count: bookings.length,
    references: bookings.map((booking) => booking.reference).join(','),
    rows: bookings.map((booking) => {
      const place = lookup.place(booking.location);
      return {
        reference: booking.reference,
        time: momentForPeople(booking.start, place?.timeZone ?? 'Europe/Copenhagen', language, now),
        place: place?.name ?? booking.location,
        errand: lookup.errand(booking.errand) ?? booking.errand,
      };
    }),
    reason: request?.reason ?? '',
    ticked: request?.ticked ?? false,
  };
}
