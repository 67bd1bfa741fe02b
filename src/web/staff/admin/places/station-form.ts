import type { Language } from '../../../../common/i18n/localized.js';
import type { FieldError } from '../../../page/pages.service.js';
import { STATION_TEXTS } from './station.texts.js';
import { formText } from '../../../page/form-text.js';

/** The station form as typed or as stored. */
export interface StationFormValues {
  name: string;
  errands: string[];
  active: boolean;
}

/** A checkbox posts its value once per ticked box: none, one (a string) or several (a list). */
function list(value: unknown): string[] {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.filter((item): item is string => typeof item === 'string').slice(0, 500);
}

export function stationValues(body: Record<string, unknown> | undefined): StationFormValues {
  return {
    name: formText(body?.name).trim(),
    errands: list(body?.errands),
    active: body?.active !== 'nej',
  };
}

/** The plain object CreateStationDto / StationDto check. */
export function stationPlain(values: StationFormValues): Record<string, unknown> {
  return { name: values.name, errands: values.errands, active: values.active };
}

/** The DTO's problems in words at the form's fields (the errands' first box has the id `errands`). */
export function stationErrors(
  errors: FieldError[],
  values: StationFormValues,
  language: Language,
): FieldError[] {
  const t = STATION_TEXTS[language];
  return errors.map(({ field, message }) => {
    if (field === 'name') {
      const problem = message.includes('CPR')
        ? t.nameCpr
        : values.name === ''
          ? t.nameMissing
          : t.nameTooLong;
      return { field, message: problem };
    }
    if (field.startsWith('errands')) return { field: 'errands', message: t.errandsInvalid };
    return { field, message };
  });
}

/** Whether an error is PostgreSQL's refusal of a second station of that name at the place. */
export function isNameTaken(error: unknown): boolean {
  const driver = (error as { driverError?: { code?: unknown; constraint?: unknown } } | null)?.driverError;
  return driver?.code === '23505' && driver.constraint === 'uq_stations_location_name';
}

export interface ErrandChoice {
  id: string;
  code: string;
  label: string;
  checked: boolean;
}

/**
 * The errands to tick: every errand in use, and those the station has that are not in use any more
 * (marked), by name; the first box's id is `errands`, where the error summary leads.
 */
export function errandChoices(
  inUse: { code: string; name: { da: string; en: string } }[],
  own: { code: string; name: { da: string; en: string } }[],
  chosen: string[],
  language: Language,
): ErrandChoice[] {
  const t = STATION_TEXTS[language];
  const active = new Set(inUse.map((errand) => errand.code));
  const all = [...inUse, ...own.filter((errand) => !active.has(errand.code))];
  return all
    .map((errand) => ({
      code: errand.code,
      label: active.has(errand.code) ? errand.name[language] : `${errand.name[language]} ${t.inactiveErrand}`,
      checked: chosen.includes(errand.code),
    }))
    .sort((a, b) => a.label.localeCompare(b.label, language))
    .map((choice, index) => ({ ...choice, id: index === 0 ? 'errands' : `errand-${choice.code}` }));
}
