import { applyDecorators } from '@nestjs/common';
import { check, documented, type FieldOptions, optionality } from './field.js';
import { isLocalDate, isLocalTime, LOCAL_DATE, LOCAL_TIME } from './patterns.js';

/** A local date "YYYY-MM-DD" of 2000–2099 that exists in the calendar (2026-02-30 → 400, not 500). */
export function IsLocalDate(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    ...optionality(options),
    check(
      'isLocalDate',
      isLocalDate,
      (property) => `${property} must be a date YYYY-MM-DD that exists in the calendar`,
    ),
    documented(
      options,
      { type: String, format: 'date', pattern: LOCAL_DATE.source, example: '2026-12-01' },
      'A date YYYY-MM-DD (2000–2099) that exists in the calendar.',
    ),
  );
}

/** A wall-clock time "HH:mm", 00:00–23:59, in the location's time zone. */
export function IsLocalTime(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    ...optionality(options),
    check('isLocalTime', isLocalTime, (property) => `${property} must be a time HH:mm from 00:00 to 23:59`),
    documented(
      options,
      { type: String, pattern: LOCAL_TIME.source, example: '10:00' },
      'A local time HH:mm, 00:00–23:59.',
    ),
  );
}
