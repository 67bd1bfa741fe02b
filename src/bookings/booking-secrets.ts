import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes, randomInt } from 'node:crypto';
import { newSecret } from '../common/secrets.js';

/** Letters and digits that are hard to mix up when read aloud or typed (no 0/O, 1/I/L, 2/Z, 5/S, 8/B, 6/G …). */
const REFERENCE_ALPHABET = 'ACEFHJKMNPRTUVWXY3479';
const REFERENCE_LENGTH = 8;

/** A booking reference for reception, e.g. "K7NP-4TXA" (21^8 ≈ 3.8·10^10 values; stored without the dash). */
export function newReference(): string {
  return Array.from(
    { length: REFERENCE_LENGTH },
    () => REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)],
  ).join('');
}

export function formatReference(reference: string): string {
  return `${reference.slice(0, 4)}-${reference.slice(4)}`;
}

/** Accepts a reference as people type it: any case, with or without the dash or spaces. */
export function normalizeReference(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

/** The citizen's secret for managing a booking. */
export const newManageToken = newSecret;

/**
 * A replayable answer holds the manage token, so it is stored encrypted (AES-256-GCM) under a key
 * derived from the Idempotency-Key: only a client that presents the key again can read it.
 */
function replayKey(idempotencyKey: string): Buffer {
  return Buffer.from(hkdfSync('sha256', idempotencyKey, 'borgerservice-idempotency', 'booking-response', 32));
}

export function sealReplay(idempotencyKey: string, value: unknown): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', replayKey(idempotencyKey), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

export function openReplay<T>(idempotencyKey: string, sealed: Buffer): T {
  const decipher = createDecipheriv('aes-256-gcm', replayKey(idempotencyKey), sealed.subarray(0, 12));
  decipher.setAuthTag(sealed.subarray(12, 28));
  return JSON.parse(
    Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8'),
  ) as T;
}

/** JSON with object keys sorted at every level, so the same body in another key order is the same. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** What an Idempotency-Key is bound to: the request body and the language of the answer. */
export function requestFingerprint(body: unknown, language: string): Buffer {
  return createHash('sha256').update(canonicalJson({ body, language })).digest();
}
