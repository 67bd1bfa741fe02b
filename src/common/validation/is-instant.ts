import { registerDecorator, type ValidationOptions } from 'class-validator';
import { DateTime } from 'luxon';

/** An instant with an explicit offset or Z, as availability returns it. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** True for an ISO 8601 instant with an offset that exists in the calendar (no 30 February, no 25:00). */
export function isInstant(value: unknown): value is string {
  return (
    typeof value === 'string' && INSTANT.test(value) && DateTime.fromISO(value, { setZone: true }).isValid
  );
}

export function IsInstant(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isInstant',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: `${String(propertyName)} must be an ISO 8601 time with an offset, e.g. 2026-12-01T10:00:00+01:00`,
        ...options,
      },
      validator: { validate: isInstant },
    });
}
