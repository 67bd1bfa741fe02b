import { normalizeDanishPhone } from '../bookings/contact.js';
import type { Language, Localized } from '../common/i18n/localized.js';
import type { NotificationChannel, NotificationKind } from './entities/notification.entity.js';
import type { MessageView } from './messages/message-view.js';

/** A claimed outbox row, as the worker sends it. */
export interface ClaimedNotification {
  id: string;
  bookingId: string;
  kind: NotificationKind;
  channel: NotificationChannel;
  /** Counting this try. */
  attempts: number;
  manageToken: string | null;
  previousStartsAt: Date | null;
}

/** What a message says of its booking, read when it is sent (the outbox holds none of it). */
export interface BookingForMessage {
  id: string;
  reference: string;
  status: string;
  startsAt: Date;
  endsAt: Date;
  sequence: number;
  updatedAt: Date;
  language: Language;
  citizenName: string | null;
  citizenEmail: string | null;
  citizenPhone: string | null;
  cancelledBy: 'citizen' | 'municipality' | null;
  cancelReason: string | null;
  /** A callback's last unanswered call. */
  lastCallAt: Date | null;
  location: {
    id: string;
    code: string;
    name: string;
    address: string;
    timeZone: string;
    directions: { da: string | null; en: string | null };
  };
  /** Null for a callback from the hotline (no station: the adviser calls the citizen). */
  stationId: string | null;
  station: { id: string; name: string } | null;
  errand: { code: string; name: Localized; documents: Localized<string[]>; fee: Localized };
}

/** Where a message's links point and whom it says to call. */
export interface MessageOrigin {
  publicBaseUrl: string;
  municipality: string;
  phone: string;
}

/** After this many tries a message is given up ('failed'); with the backoff below, about 7 hours. */
export const MAX_ATTEMPTS = 12;
const FIRST_RETRY_MS = 30_000;
const LONGEST_RETRY_MS = 3_600_000;

/** How long to wait after the `attempts`-th failed try: 30 s, 1 min, 2 min, … at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_RETRY_MS);
}

const ERROR_CODE = /^[A-Z][A-Z0-9_]{1,40}$/;

/**
 * What the outbox records of a failure: the transport's error code (ECONNECTION, ETIMEDOUT,
 * EENVELOPE …) and an SMTP reply code, never the message — a server's reply may quote the address.
 */
export function failureCode(error: unknown): string {
  const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  const name = typeof code === 'string' && ERROR_CODE.test(code) ? code : 'ERROR';
  return typeof responseCode === 'number' ? `${name} ${responseCode}` : name;
}

/** An SMTP 5xx reply: the server refused for good (an unknown mailbox); trying again will not help. */
export function isPermanent(error: unknown): boolean {
  const { responseCode } = (error ?? {}) as { responseCode?: unknown };
  return typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600;
}

/**
 * Why a message is not sent after all, or undefined to send it: the contact was erased (retention),
 * the booking was cancelled after a confirmation or change was written, or a reminder is late —
 * the visit moved on (checked in, cancelled) or has begun.
 */
export function skipReason(
  row: Pick<ClaimedNotification, 'kind' | 'channel'>,
  booking: Pick<BookingForMessage, 'status' | 'startsAt' | 'citizenEmail' | 'citizenPhone'> | undefined,
  now: Date,
): string | undefined {
  if (!booking) return 'BOOKING_GONE';
  const contact = row.channel === 'email' ? booking.citizenEmail : smsNumber(booking.citizenPhone);
  if (!contact) return 'NO_CONTACT';
  if (row.kind !== 'cancelled' && booking.status === 'cancelled') return 'CANCELLED';
  if (row.kind === 'reminder' && booking.status !== 'booked') return 'NOT_BOOKED';
  if (row.kind === 'reminder' && booking.startsAt.getTime() <= now.getTime()) return 'STARTED';
  return undefined;
}

/** The number an SMS goes to, in E.164 (the API only takes Danish numbers). */
export function smsNumber(phone: string | null): string | undefined {
  const national = phone === null ? undefined : normalizeDanishPhone(phone);
  return national && `+45${national}`;
}

/** The manage page with the token (the receipt's link, src/web/citizen/receipt), in the booking's language. */
export function manageUrl(base: string, reference: string, token: string, language: Language): string {
  const url = new URL(`/min-tid/${encodeURIComponent(reference)}`, base);
  url.searchParams.set('token', token);
  if (language === 'en') url.searchParams.set('lang', 'en');
  return url.toString();
}

/** "Free" in the catalog's words means no fee line. */
function feeOrNull(fee: string): string | null {
  const plain = fee.trim().replace(/\.$/, '').toLowerCase();
  return plain === '' || plain === 'gratis' || plain === 'free' ? null : fee;
}

export function toMessageView(
  row: Pick<ClaimedNotification, 'kind' | 'channel' | 'manageToken' | 'previousStartsAt'>,
  booking: BookingForMessage,
  reference: string,
  origin: MessageOrigin,
): MessageView {
  const { language, location, errand } = booking;
  const byMunicipality = booking.cancelledBy === 'municipality';
  return {
    kind: row.kind,
    // The number the hotline calls: the e-mail says it (the SMS goes to it, and never repeats it).
    callback: booking.stationId === null ? { phone: booking.citizenPhone ?? '' } : null,
    language,
    reference,
    errand: errand.name[language],
    startsAt: booking.startsAt,
    endsAt: booking.endsAt,
    timeZone: location.timeZone,
    previousStartsAt: row.kind === 'changed' ? row.previousStartsAt : null,
    place: { name: location.name, address: location.address, directions: location.directions[language] },
    bring: errand.documents[language],
    fee: feeOrNull(errand.fee[language]),
    manageUrl: row.manageToken ? manageUrl(origin.publicBaseUrl, reference, row.manageToken, language) : null,
    cancelledBy: row.kind === 'cancelled' ? booking.cancelledBy : null,
    // The citizen's own reason is theirs; only the municipality's is news to them.
    cancelReason: row.kind === 'cancelled' && byMunicipality ? booking.cancelReason : null,
    municipality: origin.municipality,
    phone: origin.phone,
    publicBaseUrl: origin.publicBaseUrl,
    triedAt: row.kind === 'no_answer' ? booking.lastCallAt : null,
    errandCode: errand.code,
  };
}
