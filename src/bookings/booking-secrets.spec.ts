import {
  formatReference,
  hashSecret,
  newManageToken,
  newReference,
  normalizeReference,
  openReplay,
  sealReplay,
  secretMatches,
} from './booking-secrets.js';

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
