import { ParseUUIDPipe } from '@nestjs/common';
import { RequestValidationError } from '../errors/domain-error.js';

/** A path or query id that must be a UUID; anything else is a 400 in the API's error shape. */
export function parseUuid(field: string): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () => new RequestValidationError([{ field, problems: [`${field} must be a UUID`] }]),
  });
}
