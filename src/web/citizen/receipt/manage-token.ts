import { BookingNotFoundError } from '../../../bookings/bookings.errors.js';

/**
 * The manage token from a page's query string. Missing or not one string answers like a wrong
 * token: "not found", so a page never tells a reference without its token apart.
 */
export function manageToken(query: unknown): string {
  const token = (query as { token?: unknown } | undefined)?.token;
  if (typeof token !== 'string' || token === '') throw new BookingNotFoundError();
  return token;
}
