import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsString, Length } from 'class-validator';
import { check, documented, type FieldOptions, optionality } from './field.js';
import { CODE, CODE_ANY_CASE, isCode, upperAscii } from './patterns.js';

export interface CodeOptions extends FieldOptions {
  /** Accept any case (`flyt`) and pass the code on upper-cased (`FLYT`). */
  anyCase?: boolean;
  /** Remove surrounding spaces first (a code typed into an admin form). */
  trim?: boolean;
  /** An array of codes; `maxItems` bounds its length. */
  each?: boolean;
  maxItems?: number;
}

function normalizer(options: CodeOptions): ((value: unknown) => unknown) | undefined {
  if (!options.anyCase && !options.trim) return undefined;
  const one = (value: unknown) => {
    if (typeof value !== 'string') return value;
    const trimmed = options.trim ? value.trim() : value;
    return options.anyCase ? upperAscii(trimmed) : trimmed;
  };
  return options.each ? (value) => (Array.isArray(value) ? value.map(one) : value) : one;
}

/**
 * An errand or location code: UPPER_SNAKE_CASE, 2–40 characters (`PAS_VOKSEN`, `MAIN`). With
 * `anyCase`, `pas_voksen` is accepted too and upper-cased before the service sees it.
 */
export function IsCode(options: CodeOptions = {}): PropertyDecorator {
  const each = options.each ?? false;
  const normalize = normalizer(options);
  const pattern = (options.anyCase ? CODE_ANY_CASE : CODE).source;
  const rule = options.anyCase
    ? 'A code such as FLYT: letters, digits and _, in any case.'
    : 'A code in UPPER_SNAKE_CASE such as FLYT.';
  const message = (property: string) =>
    `${property} must be ${rule.charAt(0).toLowerCase()}${rule.slice(1, -1)}`;
  return applyDecorators(
    ...optionality(options),
    ...(normalize ? [Transform(({ value }: { value: unknown }) => normalize(value))] : []),
    ...(each ? [IsArray()] : []),
    ...(each && options.maxItems !== undefined ? [ArrayMaxSize(options.maxItems)] : []),
    check('isCode', isCode, message, each),
    documented(
      options,
      each
        ? {
            type: String,
            isArray: true,
            pattern,
            ...(options.maxItems !== undefined && { maxItems: options.maxItems }),
            example: ['FLYT', 'PAS_VOKSEN'],
          }
        : { type: String, pattern, example: 'FLYT' },
      rule,
    ),
  );
}

/** Where: a location's code (`MAIN`) or its id, as the API answers both. */
export function IsLocationRef(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    ...optionality(options),
    IsString(),
    Length(1, 64),
    documented(
      options,
      { type: String, minLength: 1, maxLength: 64, example: 'MAIN' },
      'A location code (e.g. MAIN) or id.',
    ),
  );
}
