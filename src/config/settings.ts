import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  Length,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  validateSync,
} from 'class-validator';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const toBoolean = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  const normalized = value.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(normalized)) return true;
  if (['false', '0', 'no', 'off'].includes(normalized)) return false;
  return value;
};
const toInteger = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;

/** A whole-number setting read from the environment, within [min, max]. */
function IntSetting(min: number, max: number): PropertyDecorator {
  return (target, property) => {
    for (const decorate of [Transform(toInteger), IsInt(), Min(min), Max(max)]) decorate(target, property);
  };
}

/**
 * Every setting the API reads from the environment, with its default. `.env.example` lists the same
 * settings; keep the two in step.
 */
export class Settings {
  @IntSetting(1, 65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  /** When unset, an embedded PostgreSQL is started (development and demos). */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  @IntSetting(1, 200)
  DATABASE_POOL_SIZE = 10;

  @IntSetting(1024, 65535)
  EMBEDDED_POSTGRES_PORT = 54329;

  @IsString()
  EMBEDDED_POSTGRES_DIR = '.data/postgres';

  /**
   * Load the demo (errand catalog, demo municipality, demo sign-ins) into an empty database.
   * Unset: yes with the embedded PostgreSQL, no with a DATABASE_URL (production never gets it).
   */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  DEMO_DATA?: boolean;

  /** How long a triage answer stays valid as the ticket for a booking. */
  @IntSetting(1, 24 * 14)
  TRIAGE_TTL_HOURS = 24;

  /** Bookings must start at least this long from now. */
  @IntSetting(0, 7 * 24 * 60)
  BOOKING_MIN_NOTICE_MINUTES = 120;

  /** Bookings may start at most this many days ahead. */
  @IntSetting(1, 366)
  BOOKING_HORIZON_DAYS = 60;

  /** Active future bookings allowed per e-mail address or phone number (against slot hoarding). */
  @IntSetting(1, 100)
  MAX_ACTIVE_BOOKINGS_PER_CONTACT = 2;

  /** Reception can check a citizen in from this long before the start … */
  @IntSetting(0, 240)
  CHECK_IN_EARLY_MINUTES = 30;

  /** … until this long after it; later, an unchecked booking becomes a no-show. */
  @IntSetting(0, 240)
  CHECK_IN_LATE_MINUTES = 15;

  /** How often each instance marks overdue bookings as no-shows (0 = never; another instance may). */
  @IntSetting(0, 3600)
  NO_SHOW_SWEEP_SECONDS = 60;

  /**
   * Days after a visit (or its cancellation) before the citizen's name, e-mail and phone are
   * erased from the booking; what the statistics need (errand, times, outcome) stays.
   */
  @IntSetting(1, 3650)
  PERSONAL_DATA_RETENTION_DAYS = 30;

  /**
   * Municipal closed days, comma-separated (empty = none): MM-DD (Grundlovsdag, 24 and 31 December)
   * or days that move with Easter, e.g. easter+40 for the Friday after Ascension.
   */
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((d) => d.trim())
          .filter(Boolean)
      : value,
  )
  @Matches(/^((0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])|easter[+-]\d{1,3})$/, {
    each: true,
    message: 'MUNICIPAL_CLOSED_DAYS must list MM-DD dates or easter+N / easter-N days',
  })
  MUNICIPAL_CLOSED_DAYS: string[] = ['06-05', '12-24', '12-31'];

  /**
   * Signs staff access tokens. Every API instance needs the same value; unset, each process makes
   * a random one at start (fine for one instance in development, tokens die on restart).
   */
  @IsOptional()
  @IsString()
  @Length(32, 512, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  /** Lifetime of a staff access token. */
  @IntSetting(1, 24 * 60)
  ACCESS_TOKEN_MINUTES = 30;

  /** How long an API instance serves the errand catalog from memory before re-reading it. */
  @IntSetting(0, 3600)
  CATALOG_CACHE_SECONDS = 30;

  @IntSetting(1024, 10 * 1024 * 1024)
  BODY_LIMIT_BYTES = 64 * 1024;

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';
}

export class InvalidSettingsError extends Error {}

/** Settings without a default (absent from `new Settings()`). */
const OPTIONAL_SETTINGS = new Set(['DATABASE_URL', 'JWT_SECRET', 'DEMO_DATA']);

/** Settings where an empty value means "none" rather than "use the default". */
const EMPTY_MEANS_NONE = new Set(['MUNICIPAL_CLOSED_DAYS']);

/** Validates the environment; throws one readable line per problem. Empty strings count as unset. */
export function loadSettings(env: Record<string, string | undefined>): Settings {
  const known = Object.keys(new Settings());
  const given = Object.fromEntries(
    Object.entries(env).filter(
      ([key, value]) =>
        (known.includes(key) || OPTIONAL_SETTINGS.has(key)) && (value !== '' || EMPTY_MEANS_NONE.has(key)),
    ),
  );
  const settings = plainToInstance(Settings, given, { exposeDefaultValues: true });
  const errors = validateSync(settings, { whitelist: false });
  if (errors.length > 0) {
    const problems = errors.map(
      (e) => `${e.property}=${JSON.stringify(e.value)} (${Object.values(e.constraints ?? {}).join('; ')})`,
    );
    throw new InvalidSettingsError(`Invalid settings: ${problems.join(', ')}. See .env.example.`);
  }
  return settings;
}
