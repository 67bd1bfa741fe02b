import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A secret for a URL (manage links, calendar feeds): 256 random bits, base64url. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** A 256-bit random secret needs no slow hash; SHA-256 keeps a stolen table useless. */
export function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}

export function secretMatches(secret: string, hash: Buffer): boolean {
  const candidate = hashSecret(secret);
  return candidate.length === hash.length && timingSafeEqual(candidate, hash);
}
