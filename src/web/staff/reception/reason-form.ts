import type { Language } from '../../../common/i18n/localized.js';
import { type FormResult, readForm } from '../forms/staff-form.js';

/**
 * A staff form read by the API's DTO, where an empty (or shorter than `min`) field says what to
 * write (`missing`) rather than the validator's words; other problems (too long, a CPR number) keep
 * the DTO's message.
 */
export async function reasonForm<T extends object>(
  dto: new () => T,
  fields: Record<string, string>,
  language: Language,
  missing: string,
  min = 1,
): Promise<FormResult<T>> {
  const form = await readForm(dto, fields, language);
  if (form.ok) return form;
  return {
    ok: false,
    errors: form.errors.map((error) =>
      (fields[error.field] ?? '').trim().length < min ? { ...error, message: missing } : error,
    ),
  };
}
