import { EmbeddedPostgresError } from './database/embedded-postgres.js';
import { InvalidSettingsError, type Settings } from './config/settings.js';

interface SystemError {
  code?: string;
  address?: string;
  port?: number;
  message?: string;
}

/** Where a DATABASE_URL points, without its password. */
function databaseTarget(url: string | undefined): string {
  if (!url) return 'the embedded PostgreSQL';
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}

/** Start-up refused on purpose: the message says what to fix. */
export class StartupRefusedError extends Error {}

/** The demo loads by default only with the embedded PostgreSQL, never with a DATABASE_URL unless asked. */
export function demoEnabled(settings: Pick<Settings, 'DEMO_DATA' | 'DATABASE_URL'>): boolean {
  return settings.DEMO_DATA ?? !settings.DATABASE_URL;
}

/**
 * What production must not start with, known from the settings alone (checked before anything
 * starts): without JWT_SECRET every instance signs with a key of its own, and the demo brings
 * sign-ins whose passwords are published in the README, and e-mails without PUBLIC_BASE_URL would
 * link to localhost. Undefined: nothing to refuse.
 */
export function productionRefusal(
  settings: Pick<Settings, 'NODE_ENV' | 'JWT_SECRET' | 'DEMO_DATA' | 'DATABASE_URL'> &
    Partial<Pick<Settings, 'SMTP_URL' | 'PUBLIC_BASE_URL'>>,
): string | undefined {
  if (settings.NODE_ENV !== 'production') return undefined;
  if (!settings.JWT_SECRET)
    return 'NODE_ENV=production needs JWT_SECRET: set it to at least 32 random characters, the same on every instance.';
  if (settings.DEMO_DATA)
    return 'NODE_ENV=production with DEMO_DATA=true: the demo has sign-ins with published passwords; remove DEMO_DATA.';
  if (demoEnabled(settings))
    return 'NODE_ENV=production without DATABASE_URL would load the demo into the embedded PostgreSQL: set DATABASE_URL.';
  // E-mails are read away from any request: their manage links need the public address.
  if (settings.SMTP_URL && !settings.PUBLIC_BASE_URL)
    return 'NODE_ENV=production with SMTP_URL needs PUBLIC_BASE_URL: the manage link in e-mails would point at localhost.';
  return undefined;
}

/**
 * SMS_PROVIDER=http sends to SMS_GATEWAY_URL: without one, every SMS would fail at the first visit
 * instead of at the start, where the person setting it up is looking.
 */
export function smsRefusal(settings: Pick<Settings, 'SMS_PROVIDER' | 'SMS_GATEWAY_URL'>): string | undefined {
  if (settings.SMS_PROVIDER === 'http' && !settings.SMS_GATEWAY_URL)
    return 'SMS_PROVIDER=http needs SMS_GATEWAY_URL (the gateway that takes a JSON POST of {to, from, text}); set it, or use SMS_PROVIDER=log.';
  return undefined;
}

/**
 * Production with demo sign-ins in the database (`activeDemoEmails`: active accounts whose e-mail is
 * one of the demo's): their passwords are published, so anyone could sign in.
 */
export function demoSignInRefusal(
  nodeEnv: Settings['NODE_ENV'],
  activeDemoEmails: readonly string[],
): string | undefined {
  if (nodeEnv !== 'production' || activeDemoEmails.length === 0) return undefined;
  return (
    `NODE_ENV=production, but demo sign-ins are active (${activeDemoEmails.join(', ')}): start once without ` +
    'NODE_ENV=production, create your own admin and deactivate them (PATCH /admin/staff/{id} {"active": false}).'
  );
}

/**
 * Turns a start-up failure into one line that says what to fix, instead of a stack trace.
 * Returns undefined for failures nobody anticipated (those keep their stack trace).
 */
export function describeStartupError(
  error: unknown,
  context: { port: number; databaseUrl?: string },
): string | undefined {
  if (
    error instanceof InvalidSettingsError ||
    error instanceof EmbeddedPostgresError ||
    error instanceof StartupRefusedError
  )
    return error.message;
  const { code, message = '' } = (error ?? {}) as SystemError;
  const target = databaseTarget(context.databaseUrl);
  if (code === 'EADDRINUSE')
    return `Port ${context.port} is already in use: stop the other program or set PORT.`;
  if (code === 'EACCES') return `Not allowed to listen on port ${context.port}: choose another PORT.`;
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EHOSTUNREACH' || code === 'ETIMEDOUT') {
    return `Cannot reach the database at ${target} (${code}): check DATABASE_URL and that PostgreSQL is running.`;
  }
  if (code === '28P01' || code === '28000')
    return `The database at ${target} refused the login: check the user and password in DATABASE_URL.`;
  if (code === '3D000') return `The database at ${target} does not exist: create it or fix DATABASE_URL.`;
  if (/timeout.*connect|Connection terminated/i.test(message)) {
    return `The database at ${target} did not answer in time: check DATABASE_URL and the network.`;
  }
  return undefined;
}
