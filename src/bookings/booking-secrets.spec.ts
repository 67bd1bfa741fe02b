import {
  formatReference,
  newManageToken,
  newReference,
  normalizeReference,
  openReplay,
  sealReplay,
  requestFingerprint,
} from './booking-secrets.js';
import { hashSecret, secretMatches } from '../common/secrets.js';

describe('booking secrets', () => {
  it('makes 8-character references without easily confused characters', () => {
    const references = Array.from({ length: 2000 }, newReference);
    for (const reference of references) expect(reference).toMatch(/^[ACEFHJKMNPRTUVWXY3479]{8}$/);
    expect(new Set(references).size).toBeGreaterThan(1990);
  });

  it('formats and reads references the way people type them', () => {
    expect(formatReference('K7NPA4TX')).toBe('K7NP-A4TX');
    expect(normalizeReference(' k7np-a4tx ')).toBe('K7NPA4TX');
  });

  it('makes manage tokens of 256 random bits', () => {
    const token = newManageToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(newManageToken()).not.toBe(token);
  });

  it('matches a token only against its own hash', () => {
    const token = newManageToken();
    expect(secretMatches(token, hashSecret(token))).toBe(true);
    expect(secretMatches(newManageToken(), hashSecret(token))).toBe(false);
    expect(secretMatches(token, Buffer.alloc(3))).toBe(false);
  });

  it('opens a sealed replay only with the same idempotency key', () => {
    const sealed = sealReplay('key-1', { manageToken: 'secret' });
    expect(sealed.toString('utf8')).not.toContain('secret');
    expect(openReplay('key-1', sealed)).toEqual({ manageToken: 'secret' });
    expect(() => openReplay('key-2', sealed)).toThrow();
  });
});

describe('requestFingerprint', () => {
  it('ignores the order of keys, at every level', () => {
    const a = requestFingerprint({ triage: 't', citizen: { name: 'A', email: 'a@x.dk' } }, 'da');
    const b = requestFingerprint({ citizen: { email: 'a@x.dk', name: 'A' }, triage: 't' }, 'da');
    expect(a.equals(b)).toBe(true);
  });

  it('differs for another body or another language', () => {
    const base = requestFingerprint({ triage: 't' }, 'da');
    expect(base.equals(requestFingerprint({ triage: 'u' }, 'da'))).toBe(false);
    expect(base.equals(requestFingerprint({ triage: 't' }, 'en'))).toBe(false);
  });
});
