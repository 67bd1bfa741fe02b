import { newOneTimePassword } from './one-time-password.js';
import { passwordProblems } from './password-policy.js';

describe('newOneTimePassword', () => {
  it('gives four groups of four unambiguous characters, different each time', () => {
    const passwords = Array.from({ length: 200 }, newOneTimePassword);
    for (const password of passwords)
      expect(password).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(new Set(passwords).size).toBe(passwords.length);
  });

  it('passes the password rules itself', () => {
    expect(passwordProblems(newOneTimePassword(), { email: 'a@b.dk' })).toEqual([]);
  });
});
