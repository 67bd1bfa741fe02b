import * as auth from '../auth/auth.errors.js';
import * as availability from '../availability/availability.errors.js';
import * as bookings from '../bookings/bookings.errors.js';
import * as callbacks from '../bookings/callbacks.errors.js';
import * as hotline from '../hotline/hotline.errors.js';
import * as calendars from '../calendars/calendars.errors.js';
import * as errands from '../errands/errands.errors.js';
import { DatabaseUnavailableError } from '../health/health.controller.js';
import * as locations from '../locations/locations.errors.js';
import * as staffing from '../staffing/staffing.errors.js';
import * as stats from '../stats/stats.errors.js';
import * as visits from '../visits/visits.errors.js';
import * as web from '../web/web.errors.js';
import * as staffPages from '../web/staff/staff.errors.js';
import * as common from '../common/errors/domain-error.js';
import { DomainError } from '../common/errors/domain-error.js';
import { GENERIC, STATUS_BY_KIND } from '../common/errors/error-response.js';

/** Every module that declares errors; a new `*.errors.ts` belongs here (error-codes.spec.ts checks). */
const ERROR_MODULES: Record<string, unknown>[] = [
  common,
  auth,
  availability,
  bookings,
  callbacks,
  hotline,
  calendars,
  errands,
  locations,
  staffing,
  stats,
  visits,
  web,
  staffPages,
  { DatabaseUnavailableError },
];

export interface ErrorCode {
  code: string;
  status: number;
  /** The English message, "…" where the real one names the request's values. */
  message: string;
}

type ErrorClass = new (...args: unknown[]) => DomainError;

function isErrorClass(value: unknown): value is ErrorClass {
  return typeof value === 'function' && value.prototype instanceof DomainError;
}

/**
 * Stands in for every constructor argument: any property, call, iteration or conversion of it
 * works and gives "…". `code` and `kind` are instance fields (their literal types keep them honest),
 * so reading them means building one instance, without knowing what each constructor needs.
 */
const ANYTHING: unknown = new Proxy(() => undefined, {
  get: (_target, key) => {
    if (key === Symbol.toPrimitive) return (hint: string) => (hint === 'number' ? 0 : '…');
    if (key === Symbol.iterator)
      return function* () {
        yield ANYTHING;
      };
    return ANYTHING;
  },
  apply: () => ANYTHING,
});

function describeClass(error: ErrorClass): ErrorCode {
  const sample = new error(...Array.from({ length: error.length }, () => ANYTHING));
  return { code: sample.code, status: STATUS_BY_KIND[sample.kind], message: sample.messages.en };
}

/**
 * Every `code` the API answers with, and its HTTP status: each DomainError subclass, and the
 * generic codes of errors raised outside the domain (routing, body parsing, limits, database
 * constraints). Ordered by status, then code; a code is listed once.
 */
export function errorCatalog(): ErrorCode[] {
  const domain = ERROR_MODULES.flatMap((exports) => Object.values(exports).filter(isErrorClass));
  const generic = Object.entries(GENERIC).map(([status, entry]) => ({
    code: entry.code,
    status: Number(status),
    message: entry.en,
  }));
  const byCode = new Map<string, ErrorCode>();
  for (const entry of [...domain.map(describeClass), ...generic]) {
    const known = byCode.get(entry.code);
    if (known && known.status !== entry.status)
      throw new Error(`${entry.code} answers both ${known.status} and ${entry.status}`);
    if (!known) byCode.set(entry.code, entry);
  }
  return [...byCode.values()].sort((a, b) => a.status - b.status || a.code.localeCompare(b.code));
}
