import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';
import { documented, type FieldOptions, optionality } from './field.js';

export interface TextOptions extends FieldOptions {
  /** Fewest characters (0 = may be empty). */
  min: number;
  max: number;
}

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

function text(options: TextOptions, trimmed: boolean): PropertyDecorator {
  const { min, max } = options;
  return applyDecorators(
    ...optionality(options),
    ...(trimmed ? [Transform(trim)] : []),
    IsString(),
    min > 0 ? Length(min, max) : MaxLength(max),
    documented(options, { type: String, ...(min > 0 && { minLength: min }), maxLength: max }),
  );
}

/** Free text, its surrounding spaces removed before the length is checked (what people type). */
export function TrimmedText(options: TextOptions): PropertyDecorator {
  return text(options, true);
}

/** Free text kept exactly as sent, with length bounds (names and texts an admin maintains). */
export function IsText(options: TextOptions): PropertyDecorator {
  return text(options, false);
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
