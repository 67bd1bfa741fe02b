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
  ValidateBy,
} from 'class-validator';
import { isIP } from 'node:net';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export const NODE_ENVS = ['development', 'production', 'test'] as const;

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

const toList = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean)
    : value;

/** An IP address or a CIDR range (`10.0.0.0/8`, `fd00::/8`). */
export function isAddressOrRange(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const [address, bits, ...rest] = value.split('/');
  const version = isIP(address);
  if (!version || rest.length > 0) return false;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128));
}

/** Names Fastify's trustProxy (proxy-addr) knows for ranges of private addresses. */
const PROXY_RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/** `<count>/<window>` (e.g. `5/1d`, `120/1m`): requests per client address per window. */
function RateSetting(): PropertyDecorator {
  return Matches(/^\d{1,9}\/\d{0,6}[smhd]$/, {
    message: ({ property }) => `${property} must be <count>/<window>, e.g. 5/1d, 30/10m, 120/1m`,
  });
}

/**
 * Every setting the API reads from the environment, with its default. `.env.example` lists the same
 * settings; keep the two in step.
 */
export class Settings {
  /**
   * `production` refuses to start while anything of the demo could let someone in: no JWT_SECRET,
   * the demo being loaded, or a demo sign-in in the database.
   */
  @IsIn(NODE_ENVS)
  NODE_ENV: (typeof NODE_ENVS)[number] = 'development';

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

  /**
   * Days after which a triage that led to no booking is deleted (anyone may create triages; they
   * hold no personal data). Triages with a booking stay as long as the booking does.
   */
  @IntSetting(1, 3650)
  TRIAGE_RETENTION_DAYS = 30;

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

  /** The staff pages sign a browser out after this long without a request (a warning comes first). */
  @IntSetting(5, 8 * 60)
  STAFF_SESSION_IDLE_MINUTES = 30;

  /** A staff page session ends this long after sign-in, however active: one working day. */
  @IntSetting(1, 24)
  STAFF_SESSION_HOURS = 10;

  /** How long an API instance serves the errand catalog from memory before re-reading it. */
  @IntSetting(0, 3600)
  CATALOG_CACHE_SECONDS = 30;

  /**
   * The proxies in front of the API whose X-Forwarded-For is believed: a hop count, or
   * comma-separated IPs/CIDRs (also `loopback`, `uniquelocal`). Unset: none; the client address
   * (rate limits, logs) is the socket's, whatever X-Forwarded-For says.
   */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : toList({ value }),
  )
  @ValidateBy({
    name: 'trustProxy',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'number'
          ? Number.isInteger(value) && value >= 1 && value <= 10
          : Array.isArray(value) &&
            value.length > 0 &&
            value.every((item) => PROXY_RANGE_NAMES.includes(item as string) || isAddressOrRange(item)),
      defaultMessage: () =>
        'TRUST_PROXY must be a hop count (1-10) or comma-separated IPs/CIDRs (or loopback, uniquelocal)',
    },
  })
  TRUST_PROXY?: number | string[];

  /** Shared state of all API instances (rate-limit counters). Unset: each process counts alone. */
  @IsOptional()
  @Matches(/^rediss?:\/\/\S+$/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  /** Multiplies the count of every RATE_LIMIT_* (tests and load tests raise it). */
  @IntSetting(1, 1_000_000)
  RATE_LIMIT_FACTOR = 1;

  /** Client addresses or CIDR ranges never rate-limited (comma-separated; e.g. a trusted integration). */
  @Transform(toList)
  @ValidateBy(
    {
      name: 'addressOrRange',
      validator: {
        validate: isAddressOrRange,
        defaultMessage: () => 'RATE_LIMIT_ALLOWLIST must list IPs/CIDRs',
      },
    },
    { each: true },
  )
  RATE_LIMIT_ALLOWLIST: string[] = [];

  /** Per client address: the errand catalog and free-text search. */
  @RateSetting()
  RATE_LIMIT_ERRANDS = '120/1m';

  /** Per client address: answering the questions (each answer is stored). */
  @RateSetting()
  RATE_LIMIT_TRIAGE = '30/1m';

  @RateSetting()
  RATE_LIMIT_AVAILABILITY = '60/1m';

  /** Per client address: booking challenges handed out. */
  @RateSetting()
  RATE_LIMIT_BOOKING_CHALLENGES = '20/1h';

  /** Per client address: booking attempts, the bound on the seats one script can take. */
  @RateSetting()
  RATE_LIMIT_BOOKINGS = '5/1d';

  /**
   * Per client address: bookings from the page without JavaScript, which come without a
   * proof-of-work (ALTCHA needs a script): stricter, and within RATE_LIMIT_BOOKINGS, which they
   * count against too.
   */
  @RateSetting()
  RATE_LIMIT_BOOKINGS_WITHOUT_PROOF = '3/1d';

  /** Per client address: showing, moving, cancelling a booking (reference and token). */
  @RateSetting()
  RATE_LIMIT_MANAGE_BOOKING = '60/1h';

  /** Per client address: staff sign-in attempts (on top of the per-account slow-down). */
  @RateSetting()
  RATE_LIMIT_SIGN_IN = '10/1m';

  /** The statistics (GET /stats/… and the statistics page): each reads up to a year of rows. */
  @RateSetting()
  RATE_LIMIT_STATS = '30/1m';

  /** Booking needs a solved ALTCHA proof-of-work challenge; false for trusted integrations. */
  @Transform(toBoolean)
  @IsBoolean()
  ALTCHA_ENABLED = true;

  /**
   * Signs the challenges. Every API instance needs the same value; unset, each process makes a
   * random one at start (one instance only: another would refuse its challenges).
   */
  @IsOptional()
  @IsString()
  @Length(32, 512, { message: 'ALTCHA_HMAC_KEY must be at least 32 characters' })
  ALTCHA_HMAC_KEY?: string;

  /** Work per challenge: the solver tries up to this many keys (at least half as many). */
  @IntSetting(100, 100_000_000)
  ALTCHA_COMPLEXITY = 100_000;

  /** How long a challenge can be solved and used. */
  @IntSetting(1, 3600)
  ALTCHA_EXPIRES_SECONDS = 300;

  @IntSetting(1024, 10 * 1024 * 1024)
  BODY_LIMIT_BYTES = 64 * 1024;

  /** The OpenAPI UI at /docs and the document at /docs/json; false: both answer 404. */
  @Transform(toBoolean)
  @IsBoolean()
  DOCS_ENABLED = true;

  /**
   * Web origins (`https://borger.kommune.dk`, comma-separated) whose pages may call the API from the
   * browser. Empty: no CORS headers, so only same-origin pages and non-browser clients can.
   */
  @Transform(toList)
  @Matches(/^https?:\/\/[^/\s?#]+$/, {
    each: true,
    message: 'CORS_ORIGINS must list origins such as https://borger.kommune.dk (no path, no trailing /)',
  })
  CORS_ORIGINS: string[] = [];

  /**
   * The address citizens reach the service at (`https://book.kommune.dk`), for links that leave the
   * page (the manage link on the receipt). Unset: the request's own host, fine for one machine.
   */
  @IsOptional()
  @Matches(/^https?:\/\/[^/\s?#]+$/, {
    message: 'PUBLIC_BASE_URL must be an origin such as https://book.kommune.dk (no path, no trailing /)',
  })
  PUBLIC_BASE_URL?: string;

  /** The municipality's name in the pages' header. */
  @IsString()
  @Length(1, 80)
  MUNICIPALITY_NAME = 'Demo Kommune';

  /** Borgerservice's phone number, shown on the pages where a citizen may need a person. */
  @IsString()
  @Matches(/^\+?[0-9 ]{8,20}$/, {
    message: 'BORGERSERVICE_PHONE must be a phone number such as +45 70 10 20 30',
  })
  BORGERSERVICE_PHONE = '+45 70 10 20 30';

  /**
   * The municipality's accessibility statement (tilgængelighedserklæring, on was.digst.dk), linked
   * from every page's footer as the web accessibility act requires.
   */
  @Matches(/^https:\/\/\S+$/, { message: 'ACCESSIBILITY_STATEMENT_URL must be an https:// address' })
  ACCESSIBILITY_STATEMENT_URL = 'https://www.was.digst.dk/';

  /**
   * The mail server for confirmations and reminders (`smtp://user:pass@host:587`, `smtps://…`).
   * Unset: messages are written to the outbox and the log only (no address, no text), and never sent.
   */
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  /** The sender of citizens' e-mails: an address, optionally with a name (`Borgerservice <b@k.dk>`). */
  @IsString()
  @Matches(/^(?:[^<>\r\n]{1,80} <[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, {
    message: 'MAIL_FROM must be an e-mail address, optionally as Name <address>',
  })
  MAIL_FROM = 'Borgerservice <borgerservice@kommune.example>';

  /** Hours before a visit that its reminder goes out (a visit booked later than that gets none). */
  @IntSetting(1, 24 * 14)
  REMINDER_HOURS = 24;

  /** How often each instance looks for due messages (0 = this instance sends none). */
  @IntSetting(0, 3600)
  NOTIFICATIONS_POLL_SECONDS = 5;

  /** Where SMS go: `log` (written to the log, the default) or `http` (SMS_GATEWAY_URL). */
  @IsIn(['log', 'http'])
  SMS_PROVIDER: 'log' | 'http' = 'log';

  /** The SMS gateway's endpoint for SMS_PROVIDER=http: a JSON POST of { to, from, text }. */
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'SMS_GATEWAY_URL must be an http(s):// URL' })
  SMS_GATEWAY_URL?: string;

  /** Sent as `Authorization: Bearer …` to the SMS gateway. */
  @IsOptional()
  @IsString()
  @Length(1, 512)
  SMS_GATEWAY_TOKEN?: string;

  /** The sender name an SMS shows (at most 11 letters or digits, as SMS allows). */
  @Matches(/^[A-Za-z0-9]{1,11}$/, { message: 'SMS_SENDER must be 1-11 letters or digits' })
  SMS_SENDER = 'Kommune';

  /** The municipality's goal for the share of errands solved without a visit (the statistics' target line). */
  @IntSetting(0, 100)
  SELF_SERVICE_TARGET_PERCENT = 50;

  /** Clients reach the API only over HTTPS (a TLS proxy in front): send Strict-Transport-Security. */
  @Transform(toBoolean)
  @IsBoolean()
  BEHIND_HTTPS = false;

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';
}

export class InvalidSettingsError extends Error {}

/** Settings without a default (absent from `new Settings()`). */
const OPTIONAL_SETTINGS = new Set([
  'DATABASE_URL',
  'JWT_SECRET',
  'DEMO_DATA',
  'TRUST_PROXY',
  'REDIS_URL',
  'ALTCHA_HMAC_KEY',
  'PUBLIC_BASE_URL',
  'SMTP_URL',
  'SMS_GATEWAY_URL',
  'SMS_GATEWAY_TOKEN',
]);

/** Settings where an empty value means "none" rather than "use the default". */
const EMPTY_MEANS_NONE = new Set(['MUNICIPAL_CLOSED_DAYS', 'RATE_LIMIT_ALLOWLIST']);

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
