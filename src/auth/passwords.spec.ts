import { hashPassword, passwordMatches } from './passwords.js';

describe('passwords', () => {
  it('hashes with argon2id and a fresh salt each time', async () => {
    const [a, b] = await Promise.all([hashPassword('correct horse'), hashPassword('correct horse')]);
    expect(a).toMatch(/^\$argon2id\$v=19\$/);
    expect(a).not.toBe(b);
  });

  it('matches only the right password, and never without a stored hash', async () => {
    const stored = await hashPassword('correct horse');
    expect(await passwordMatches(stored, 'correct horse')).toBe(true);
    expect(await passwordMatches(stored, 'wrong horse')).toBe(false);
    expect(await passwordMatches(undefined, 'correct horse')).toBe(false);
  });
});
