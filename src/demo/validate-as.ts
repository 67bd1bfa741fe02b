import { type ClassConstructor, plainToInstance } from 'class-transformer';
import { type ValidationError, validateSync } from 'class-validator';

/** "selfService.0.url: url must be an https URL", one entry per failing field. */
export function describeProblems(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [`${field}: ${Object.values(error.constraints).join(', ')}`] : [];
    return [...own, ...describeProblems(error.children ?? [], field)];
  });
}

/**
 * Data from a file, checked exactly as the API checks a request body with this DTO (unknown
 * fields refused, values transformed); throws one Error naming `where` and every problem.
 */
export function validateAs<T extends object>(dto: ClassConstructor<T>, plain: unknown, where: string): T {
  const value = plainToInstance(dto, plain);
  const errors = validateSync(value, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) throw new Error(`${where}: ${describeProblems(errors).join('; ')}`);
  return value;
}
