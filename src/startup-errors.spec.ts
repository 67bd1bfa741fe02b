import { InvalidSettingsError } from './config/settings.js';
import {
  demoSignInRefusal,
  describeStartupError,
  productionRefusal,
  smsRefusal,
  StartupRefusedError,
} from './startup-errors.js';

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

describe('productionRefusal', () => {
  const secret = 'x'.repeat(48);
  const safe = {
    NODE_ENV: 'production' as const,
    JWT_SECRET: secret,
    DATABASE_URL: 'postgres://db/app',
    DEMO_DATA: undefined,
  };

  it('lets a production set-up with its own secret and database start', () => {
    expect(productionRefusal(safe)).toBeUndefined();
    expect(productionRefusal({ ...safe, DEMO_DATA: false })).toBeUndefined();
  });

  it('refuses production without JWT_SECRET', () => {
    expect(productionRefusal({ ...safe, JWT_SECRET: undefined })).toMatch(
      /^NODE_ENV=production needs JWT_SECRET/,
    );
  });

  it('refuses production with the demo, asked for or by default with the embedded PostgreSQL', () => {
    expect(productionRefusal({ ...safe, DEMO_DATA: true })).toMatch(/DEMO_DATA=true/);
    expect(productionRefusal({ ...safe, DATABASE_URL: undefined })).toMatch(/set DATABASE_URL/);
    expect(productionRefusal({ ...safe, DATABASE_URL: undefined, DEMO_DATA: false })).toBeUndefined();
  });

  it('refuses e-mails in production without PUBLIC_BASE_URL for their links', () => {
    const smtp = { ...safe, SMTP_URL: 'smtp://mail.kommune.dk:587' };
    expect(productionRefusal(smtp)).toMatch(/SMTP_URL needs PUBLIC_BASE_URL/);
    expect(productionRefusal({ ...smtp, PUBLIC_BASE_URL: 'https://book.kommune.dk' })).toBeUndefined();
  });

  it('never refuses outside production: npm start stays the two-command demo', () => {
    for (const NODE_ENV of ['development', 'test'] as const)
      expect(
        productionRefusal({ NODE_ENV, JWT_SECRET: undefined, DATABASE_URL: undefined, DEMO_DATA: true }),
      ).toBeUndefined();
  });

  it('refuses production while demo sign-ins are active, naming them', () => {
    expect(demoSignInRefusal('production', [])).toBeUndefined();
    expect(demoSignInRefusal('development', ['admin@syddjurs-demo.dk'])).toBeUndefined();
    expect(demoSignInRefusal('production', ['admin@syddjurs-demo.dk'])).toMatch(
      /^NODE_ENV=production, but demo sign-ins are active \(admin@syddjurs-demo\.dk\): .*deactivate them/,
    );
  });

  it('is told as its one line by describeStartupError', () => {
    const line = productionRefusal({ ...safe, JWT_SECRET: undefined })!;
    expect(describeStartupError(new StartupRefusedError(line), context)).toBe(line);
    expect(line).not.toContain('\n');
  });
});

describe('smsRefusal', () => {
  it('refuses the http provider without a gateway URL, saying what to set', () => {
    expect(smsRefusal({ SMS_PROVIDER: 'http', SMS_GATEWAY_URL: undefined })).toMatch(
      /^SMS_PROVIDER=http needs SMS_GATEWAY_URL/,
    );
  });

  it('lets the http provider with a URL and the log provider without one start', () => {
    expect(smsRefusal({ SMS_PROVIDER: 'http', SMS_GATEWAY_URL: 'https://sms.example/send' })).toBeUndefined();
    expect(smsRefusal({ SMS_PROVIDER: 'log', SMS_GATEWAY_URL: undefined })).toBeUndefined();
  });

  it('reaches the start-up message as it is', () => {
    const refusal = new StartupRefusedError(
      smsRefusal({ SMS_PROVIDER: 'http', SMS_GATEWAY_URL: undefined })!,
    );
    expect(describeStartupError(refusal, context)).toBe(refusal.message);
  });
});
