import { randomBytes } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so nothing is mistaken when typed from a note. 5 bits each. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 4;
const GROUP_LENGTH = 4;

/**
 * A one-time password an admin hands over (80 random bits, e.g. `K7NP-A4TX-QR2M-9WZC`); the account
 * must change it at its first sign-in.
 */
export function newOneTimePassword(): string {
  const bytes = randomBytes(GROUPS * GROUP_LENGTH);
  // 256 is a multiple of 32: every character equally likely.
  const characters = [...bytes].map((byte) => ALPHABET[byte % ALPHABET.length]);
  return Array.from({ length: GROUPS }, (_, group) =>
    characters.slice(group * GROUP_LENGTH, (group + 1) * GROUP_LENGTH).join(''),
  ).join('-');
}
