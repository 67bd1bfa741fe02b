import { DateTime } from 'luxon';

/** A local date of this century: nothing is booked, opened or closed before 2000 or after 2099. */
export const LOCAL_DATE = /^20\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** A wall-clock time HH:mm, 00:00–23:59 (a day ends at 23:59; there is no 24:00). */
export const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** Errand and location codes as stored: UPPER_SNAKE_CASE, 2–40 characters. */
export const CODE = /^[A-Z][A-Z0-9_]{1,39}$/;
/** What a citizen-facing form may send for a code: the same, in any case. */
export const CODE_ANY_CASE = /^[A-Za-z][A-Za-z0-9_]{1,39}$/;

/** True for "YYYY-MM-DD" of 2000–2099 that exists in the calendar (no 30 February, no 29 February 2025). */
export function isLocalDate(value: unknown): value is string {
  // The pattern alone lets 2026-02-30 through, which PostgreSQL then refuses (a 500, not a 400).
  return (
    typeof value === 'string' && LOCAL_DATE.test(value) && DateTime.fromISO(value, { zone: 'utc' }).isValid
  );
}

/** True for "HH:mm" from 00:00 to 23:59. */
export function isLocalTime(value: unknown): value is string {
  return typeof value === 'string' && LOCAL_TIME.test(value);
}

/** True for an UPPER_SNAKE_CASE code. */
export function isCode(value: unknown): value is string {
  return typeof value === 'string' && CODE.test(value);
}

/**
 * Upper-cases ASCII letters only. `"straße".toUpperCase()` is "STRASSE", which would turn a value
 * that is not a code into one; this way a value is a code after upper-casing exactly when it
 * matched CODE_ANY_CASE before.
 */
export function upperAscii(value: string): string {
  return value.replace(/[a-z]+/g, (letters) => letters.toUpperCase());
}
