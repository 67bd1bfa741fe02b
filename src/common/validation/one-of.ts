import { applyDecorators } from '@nestjs/common';
import { IsIn } from 'class-validator';
import { documented, type FieldOptions, optionality } from './field.js';

/** One of a fixed list of values; /docs shows the list as an enum. */
export function IsOneOf(values: readonly (string | number)[], options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    ...optionality(options),
    IsIn(values as (string | number)[]),
    documented(options, { enum: [...values], type: typeof values[0] === 'number' ? Number : String }),
  );
}
