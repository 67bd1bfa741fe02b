import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';
import { NoCpr } from './cpr.js';
import { check, documented, type FieldOptions, optionality } from './field.js';
import { hasBidiControl, hasControlCharacter, isInvisible, normalizeName } from './person-name.js';

export interface TextOptions extends FieldOptions {
  /** Fewest characters (0 = may be empty). */
  min: number;
  max: number;
  /**
   * A secret (a password, a token) rather than text a person writes: never refused for looking like
   * a CPR number, which a random token or a chosen password may do by chance.
   */
  secret?: boolean;
}

type Normalizer = (params: { value: unknown }) => unknown;

const trim: Normalizer = ({ value }) => (typeof value === 'string' ? value.trim() : value);
const NO_CPR_RULE = 'Must not contain a CPR number.';

function text(
  options: TextOptions,
  normalize: Normalizer | undefined,
  checks: PropertyDecorator[] = [],
  rule = NO_CPR_RULE,
): PropertyDecorator {
  const { min, max } = options;
  return applyDecorators(
    ...optionality(options),
    ...(normalize ? [Transform(normalize)] : []),
    IsString(),
    min > 0 ? Length(min, max) : MaxLength(max),
    ...checks,
    ...(options.secret ? [] : [NoCpr()]),
    documented(
      options,
      { type: String, ...(min > 0 && { minLength: min }), maxLength: max },
      options.secret ? undefined : rule,
    ),
  );
}

/**
 * Free text, its surrounding spaces removed before the length is checked (what people type). Text
 * holding a CPR number is refused unless `secret`.
 */
export function TrimmedText(options: TextOptions): PropertyDecorator {
  return text(options, trim);
}

/**
 * Free text kept exactly as sent, with length bounds (names and texts an admin maintains). Text
 * holding a CPR number is refused unless `secret`.
 */
export function IsText(options: TextOptions): PropertyDecorator {
  return text(options, undefined);
}

const isString = (value: unknown): value is string => typeof value === 'string';

/**
 * A person's name: NFC-normalised and trimmed; refused when it holds control characters, characters
 * that change the text direction (a name shown on a screen must read as it was typed), nothing
 * visible, or a CPR number. Empty is left to `min`.
 */
export function PersonName(options: Omit<TextOptions, 'secret'>): PropertyDecorator {
  return text(
    options,
    ({ value }) => normalizeName(value),
    [
      check(
        'noControlCharacters',
        (value) => !isString(value) || !hasControlCharacter(value),
        (property) => `${property} must not contain control characters`,
      ),
      check(
        'noBidiControls',
        (value) => !isString(value) || !hasBidiControl(value),
        (property) => `${property} must not contain characters that change the text direction`,
      ),
      check(
        'visible',
        (value) => !isString(value) || value === '' || !isInvisible(value),
        (property) => `${property} must contain visible characters`,
      ),
    ],
    'A name: no control or text-direction characters, not only invisible ones, no CPR number.',
  );
}

export interface EmailOptions extends FieldOptions {
  /** Trim and lower-case before checking (the address identifies a person or an account). */
  normalize?: boolean;
  maxLength?: number;
}

/** An e-mail address. */
export function IsEmailAddress(options: EmailOptions = {}): PropertyDecorator {
  const normalize = ({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toLowerCase() : value;
  return applyDecorators(
    ...optionality(options),
    ...(options.normalize ? [Transform(normalize)] : []),
    IsEmail(),
    ...(options.maxLength !== undefined ? [MaxLength(options.maxLength)] : []),
    documented(options, {
      type: String,
      format: 'email',
      ...(options.maxLength !== undefined && { maxLength: options.maxLength }),
    }),
  );
}
