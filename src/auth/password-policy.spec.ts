import { passwordProblems } from './password-policy.js';

const email = 'karen.jensen@syddjurs.dk';

describe('passwordProblems', () => {
  it('accepts a long password that is neither the e-mail nor the current one', () => {
    expect(passwordProblems('korrekt hest batteri', { email, currentPassword: 'old-one-12345' })).toEqual([]);
  });

  it('needs at least 12 characters, counted as people see them', () => {
    expect(passwordProblems('elleve-tegn', { email })).toEqual(['too_short']);
    expect(passwordProblems('tolv-tegn-ok', { email })).toEqual([]);
    expect(passwordProblems('æøåæøåæøåæø', { email })).toEqual(['too_short']);
  });

  it('refuses the e-mail address in any case, and the current password', () => {
    expect(passwordProblems('Karen.Jensen@Syddjurs.dk', { email })).toEqual(['same_as_email']);
    expect(passwordProblems('still-the-same-1', { email, currentPassword: 'still-the-same-1' })).toEqual([
      'same_as_current',
    ]);
    expect(passwordProblems('a@b.dk', { email: 'a@b.dk', currentPassword: 'a@b.dk' })).toEqual([
      'too_short',
      'same_as_email',
      'same_as_current',
    ]);
  });
});
