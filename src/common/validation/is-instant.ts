import { applyDecorators } from '@nestjs/common';
import { DateTime } from 'luxon';
import { check, documented, type FieldOptions, optionality } from './field.js';

/** An instant with an explicit offset or Z, as availability returns it. */
export const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** True for an ISO 8601 instant with an offset that exists in the calendar (no 30 February, no 25:00). */
export function isInstant(value: unknown): value is string {
  return (
    typeof value === 'string' && INSTANT.test(value) && DateTime.fromISO(value, { setZone: true }).isValid
  );
}

/**
 * An instant such as 2026-12-01T10:00:00+01:00: ISO 8601 with an explicit offset or Z, that exists
 * in the calendar. Without an offset a time would mean different instants on different servers.
 */
export function IsInstant(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    ...optionality(options),
    check(
      'isInstant',
      isInstant,
      (property) => `${property} must be an ISO 8601 time with an offset, e.g. 2026-12-01T10:00:00+01:00`,
    ),
    documented(
      options,
      { type: String, format: 'date-time', pattern: INSTANT.source, example: '2026-12-01T10:00:00+01:00' },
      'An ISO 8601 time with an offset or Z, e.g. 2026-12-01T10:00:00+01:00.',
    ),
  );
}
