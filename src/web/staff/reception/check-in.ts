import { normalizeReference } from '../../../bookings/booking-secrets.js';

/** A reference as stored: 8 characters of the reference alphabet. */
const REFERENCE = /^[ACEFHJKMNPRTUVWXY3479]{8}$/;

/**
 * What the check-in field got — typed by hand, or typed by a USB scanner from the receipt's QR code
 * (which holds the reference alone, "K7NP-A4TX") — as a reference to check in. A scanner set to
 * another keyboard layout may type the dash as another sign ("+" on a Danish layout), so any one
 * separator is accepted; what cannot be a reference is passed on as typed, to be refused as not found.
 */
export function scannedReference(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  const typed = input.trim();
  if (typed === '') return undefined;
  const compact = normalizeReference(typed).replace(/[^A-Z0-9]/g, '');
  return REFERENCE.test(compact) ? compact : typed.slice(0, 40);
}
