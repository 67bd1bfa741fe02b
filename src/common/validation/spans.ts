import { registerDecorator, type ValidationArguments } from 'class-validator';
import { isInstant } from './is-instant.js';
import { isLocalDate, isLocalTime } from './patterns.js';

type Span = 'time' | 'date' | 'instant';
/** The same checks as IsLocalTime, IsLocalDate and IsInstant: a malformed end has its own message. */
const WELL_FORMED: Record<Span, (value: unknown) => value is string> = {
  time: isLocalTime,
  date: isLocalDate,
  instant: isInstant,
};

/**
 * The end of a span must come after its start (`strictly`) or not before it, as the database's
 * CHECK constraints demand; a reversed span is the caller's mistake (400), not a server error.
 * Only compared when both ends are well-formed (the format has its own message).
 */
export function NotBefore(start: string, span: Span, strictly: boolean): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'notBefore',
      target: target.constructor,
      propertyName: propertyName as string,
      constraints: [start],
      options: { message: `${String(propertyName)} must be ${strictly ? 'after' : 'on or after'} ${start}` },
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const from = (args.object as Record<string, unknown>)[start];
          if (!WELL_FORMED[span](value) || !WELL_FORMED[span](from)) return true;
          const [a, b] = span === 'instant' ? [Date.parse(value), Date.parse(from)] : [value, from];
          return strictly ? a > b : a >= b;
        },
      },
    });
}
