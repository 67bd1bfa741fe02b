/*
 * One citizen, one count: the per-contact booking limit counts contacts in a normalised form, so
 * that `Karen+1@Example.dk`, `kar.en@gmail.com` or `0045 12 34 56 78` are not each a new person.
 * The normalised form is only ever used for counting; the booking shows what the citizen typed.
 */

/** Mail providers that ignore dots in the local part (and are one mailbox under both names). */
const DOT_BLIND_DOMAINS: Record<string, string> = { 'gmail.com': 'gmail.com', 'googlemail.com': 'gmail.com' };

/** Characters people put between digits of a phone number. */
const PHONE_SEPARATORS = /[\s\-./()]/g;
/** Danish subscriber numbers have 8 digits (the numbering plan has no area codes). */
const DANISH_NUMBER = /^\d{8}$/;

/**
 * The mailbox an address reaches, for counting: lower case, without a sub-address (`+tag`), and
 * without dots in the local part at Gmail (where `googlemail.com` is `gmail.com`).
 */
export function normalizeEmail(address: string): string {
  const trimmed = address.trim().toLowerCase();
  const at = trimmed.lastIndexOf('@');
  if (at < 0) return trimmed;
  let local = trimmed.slice(0, at);
  let domain = trimmed.slice(at + 1).replace(/\.$/, '');
  const plus = local.indexOf('+');
  // A local part that starts with "+" has no tag to drop: it is the whole name.
  if (plus > 0) local = local.slice(0, plus);
  if (domain in DOT_BLIND_DOMAINS) {
    domain = DOT_BLIND_DOMAINS[domain];
    local = local.replace(/\./g, '');
  }
  return `${local}@${domain}`;
}

/**
 * The 8 digits of a Danish phone number written as people write it (`+45 12 34 56 78`,
 * `0045-12345678`, `(+45) 1234 5678`, `12 34 56 78`), or undefined when it is not one: another
 * country's code, too few or too many digits, or letters.
 */
export function normalizeDanishPhone(input: string): string | undefined {
  let digits = input.replace(PHONE_SEPARATORS, '');
  if (digits.startsWith('+45')) digits = digits.slice(3);
  else if (digits.startsWith('0045')) digits = digits.slice(4);
  else if (digits.length === 10 && digits.startsWith('45')) digits = digits.slice(2);
  return DANISH_NUMBER.test(digits) ? digits : undefined;
}

export interface ContactKeys {
  email: string | null;
  phone: string | null;
}

/** The normalised contacts of a booking, as stored for counting (null where none was given). */
export function contactKeys(citizen: { email?: string | null; phone?: string | null }): ContactKeys {
  return {
    email: citizen.email ? normalizeEmail(citizen.email) : null,
    phone: citizen.phone ? (normalizeDanishPhone(citizen.phone) ?? null) : null,
  };
}
