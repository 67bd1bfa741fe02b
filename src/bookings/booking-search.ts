import { normalizeReference } from './booking-secrets.js';
import { normalizeDanishPhone, normalizeEmail } from './contact.js';

/** A booking reference as stored: 8 characters of the reference alphabet (booking-secrets.ts). */
const STORED_REFERENCE = /^[ACEFHJKMNPRTUVWXY3479]{8}$/;

/**
 * What reception typed into "Find booking", read every way it can mean: a reference (any case,
 * with a dash, a space or a scanner's odd separator), a Danish phone number, an e-mail address, and
 * always words of a name. A booking matches when any of them does (a name: every word in it).
 */
export interface BookingSearch {
  reference?: string;
  phone?: string;
  email?: string;
  nameWords: string[];
}

/** Makes `%`, `_` and `\` literal in an ILIKE pattern. */
export function likePattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function toBookingSearch(query: string): BookingSearch {
  const text = query.trim();
  const compact = normalizeReference(text).replace(/[^A-Z0-9]/g, '');
  return {
    ...(STORED_REFERENCE.test(compact) && { reference: compact }),
    ...(normalizeDanishPhone(text) && { phone: normalizeDanishPhone(text) }),
    ...(text.includes('@') && { email: normalizeEmail(text) }),
    nameWords: text.includes('@') ? [] : text.split(/\s+/).filter((word) => word.length > 0),
  };
}
