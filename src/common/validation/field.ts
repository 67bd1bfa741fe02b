import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { IsOptional, ValidateBy } from 'class-validator';

/** What every shared property decorator accepts. */
export interface FieldOptions {
  /** May be left out (or null); documented as not required. */
  optional?: boolean;
  /** What the field means here; the format is described by the decorator itself. */
  description?: string;
  example?: unknown;
}

/** The rule (e.g. "A date YYYY-MM-DD …") after what the field means, so both show in /docs. */
function withRule(options: FieldOptions, rule?: string): string | undefined {
  const parts = [options.description, rule].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/**
 * The OpenAPI half of a shared decorator: the property with its schema, required unless optional,
 * with the caller's description and example.
 */
export function documented(
  options: FieldOptions,
  schema: ApiPropertyOptions,
  rule?: string,
): PropertyDecorator {
  const description = withRule(options, rule);
  const property = {
    ...schema,
    ...(description !== undefined && { description }),
    ...(options.example !== undefined && { example: options.example }),
    // Spelled out: ApiProperty alone keeps a `required: false` inherited from a parent class.
    required: !options.optional,
  } as ApiPropertyOptions;
  return options.optional ? ApiPropertyOptional(property) : ApiProperty(property);
}

/** `IsOptional()` for an optional field, nothing otherwise. */
export function optionality(options: FieldOptions): PropertyDecorator[] {
  return options.optional ? [IsOptional()] : [];
}

/**
 * The class-validator half: one named check with one message. `each` checks every element of an
 * array, and the message says so ("each value in errands must …").
 */
export function check(
  name: string,
  validate: (value: unknown) => boolean,
  message: (property: string) => string,
  each = false,
): PropertyDecorator {
  return ValidateBy(
    {
      name,
      validator: {
        validate,
        defaultMessage: (args) => `${each ? 'each value in ' : ''}${message(args?.property ?? 'value')}`,
      },
    },
    { each },
  );
}
