import { EmbeddedPostgresError } from './database/embedded-postgres.js';
import { InvalidSettingsError } from './config/settings.js';

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

/**
 * Turns a start-up failure into one line that says what to fix, instead of a stack trace.
 * Returns undefined for failures nobody anticipated (those keep their stack trace).
 */
export function describeStartupError(
  error: unknown,
  context: { port: number; databaseUrl?: string },
): string | undefined {
  if (error instanceof InvalidSettingsError || error instanceof EmbeddedPostgresError) return error.message;
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
