import type { ValidationError } from 'class-validator';
import type { FieldProblem } from '../errors/domain-error.js';

/** class-validator's nested errors as one list of fields (`hours.0.opens`) with their problems. */
export function fieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, problems: Object.values(error.constraints) }] : [];
    return [...own, ...fieldProblems(error.children ?? [], field)];
  });
}
