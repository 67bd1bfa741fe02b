import { InvalidSettingsError } from './config/settings.js';
import { describeStartupError } from './startup-errors.js';

const context = { port: 3000, databaseUrl: 'postgres://app:secret@db.example:6543/borgerservice' };

describe('describeStartupError', () => {
  it('says which port is taken', () => {
    expect(describeStartupError({ code: 'EADDRINUSE' }, context)).toBe(
      'Port 3000 is already in use: stop the other program or set PORT.',
    );
  });

  it('names the unreachable database without its password', () => {
    const line = describeStartupError({ code: 'ECONNREFUSED' }, context);
    expect(line).toBe(
      'Cannot reach the database at db.example:6543/borgerservice (ECONNREFUSED): check DATABASE_URL and that PostgreSQL is running.',
    );
    expect(line).not.toContain('secret');
  });

  it.each([
    ['28P01', /refused the login/],
    ['3D000', /does not exist/],
  ])('explains PostgreSQL error %s', (code, expected) => {
    expect(describeStartupError({ code }, context)).toMatch(expected);
  });

  it('passes settings problems through as they are', () => {
    expect(describeStartupError(new InvalidSettingsError('Invalid settings: PORT'), context)).toBe(
      'Invalid settings: PORT',
    );
  });

  it('leaves unknown failures alone', () => {
    expect(describeStartupError(new Error('boom'), context)).toBeUndefined();
  });
});
