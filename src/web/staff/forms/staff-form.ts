import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DomainError } from '../../../common/errors/domain-error.js';
import { problemInDanish } from '../../../common/i18n/problems-da.js';
import type { Language } from '../../../common/i18n/localized.js';
import { fieldProblems } from '../../../common/validation/field-problems.js';
import { CSRF_FIELD } from '../../page/csrf.js';
import type { FieldError } from '../../page/pages.service.js';

export type FormResult<T> = { ok: true; dto: T } | { ok: false; errors: FieldError[] };

/** A form field's input id for a DTO field: `hours.0.opens` → `hours-0-opens`. */
export function fieldId(field: string): string {
  return field.replace(/[^A-Za-z0-9_-]+/g, '-');
}

/**
 * A posted staff form checked by the API's own DTO (the same rules as the JSON API), its problems
 * as the error summary shows them: one per field, in the page's language, linked to the input.
 * `shape` turns the form's flat strings into the DTO's plain object first (numbers, lists …).
 */
export async function readForm<T extends object>(
  dto: new () => T,
  body: Record<string, unknown> | undefined,
  language: Language,
  shape: (fields: Record<string, unknown>) => Record<string, unknown> = (fields) => fields,
): Promise<FormResult<T>> {
  const { [CSRF_FIELD]: _csrf, ...fields } = body ?? {};
  const instance = plainToInstance(dto, shape(fields));
  const problems = fieldProblems(await validate(instance, { whitelist: true, forbidNonWhitelisted: true }));
  if (problems.length === 0) return { ok: true, dto: instance };
  return {
    ok: false,
    errors: problems.map(({ field, problems: [first = ''] }) => ({
      field: fieldId(field),
      message: language === 'da' ? problemInDanish(first) : first,
    })),
  };
}

/**
 * A domain error a page shows at a field instead of on a problem page (a closure that overlaps, a
 * reference that does not exist …): its own message in the page's language. Other errors go on to
 * the page filter.
 */
export function errorAtField(error: unknown, field: string, language: Language): FieldError[] {
  if (!(error instanceof DomainError) || error.kind === 'unavailable') throw error;
  return [{ field, message: error.messages[language] }];
}
