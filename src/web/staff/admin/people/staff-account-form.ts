import type { StaffAccountResponse } from '../../../../auth/dto/staff-accounts.dto.js';
import { ROLES, type Role } from '../../../../auth/entities/staff-account.entity.js';
import type { Language } from '../../../../common/i18n/localized.js';
import { postgresError } from '../../../../database/prepared.js';
import type { AdviserSummary } from '../../../../staffing/adviser-queries.service.js';
import type { FieldError } from '../../../page/pages.service.js';
import type { PlaceOption } from './people-page-data.service.js';
import { PEOPLE_TEXTS } from './people.texts.js';
import { STAFF_ACCOUNTS_TEXTS } from './staff-accounts.texts.js';
import { formText } from '../../../page/form-text.js';

/*
 * A staff account as a form: e-mail (new accounts only), name, roles and places as checkboxes, the
 * adviser it signs in as. Checked by the API's own DTOs (CreateStaffAccountDto,
 * UpdateStaffAccountDto); their problems and the database's refusals are said at the fields.
 */

export interface TypedAccount {
  email: string;
  name: string;
  roles: string[];
  locations: string[];
  adviserId: string;
}

const text = (value: unknown) => formText(value).trim();
/** A checkbox group posts one value as a string, several as a list. */
const list = (value: unknown) =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter(
    (item): item is string => typeof item === 'string',
  );

export function typedAccount(body: Record<string, unknown> | undefined): TypedAccount {
  return {
    email: text(body?.email),
    name: text(body?.name),
    roles: list(body?.roles),
    locations: list(body?.locations),
    adviserId: text(body?.adviserId),
  };
}

export function typedFromAccount(account: StaffAccountResponse): TypedAccount {
  return {
    email: account.email,
    name: account.name,
    roles: account.roles,
    locations: account.locations,
    adviserId: account.adviserId ?? '',
  };
}

export const EMPTY_ACCOUNT: TypedAccount = { email: '', name: '', roles: [], locations: [], adviserId: '' };

/** The body of POST /admin/staff. */
export function createBody(typed: TypedAccount): Record<string, unknown> {
  return {
    email: typed.email,
    name: typed.name,
    roles: typed.roles,
    locations: typed.locations,
    ...(typed.adviserId !== '' && { adviserId: typed.adviserId }),
  };
}

/** The body of PATCH /admin/staff/{id}: every field the form holds (no adviser: null). */
export function updateBody(typed: TypedAccount): Record<string, unknown> {
  return {
    name: typed.name,
    roles: typed.roles,
    locations: typed.locations,
    adviserId: typed.adviserId === '' ? null : typed.adviserId,
  };
}

const FIELD_ORDER = ['email', 'name', 'roles', 'adviserId', 'locations'];

/** The DTO's problems in words, one per field, in the form's order. */
export function accountErrors(errors: FieldError[], typed: TypedAccount, language: Language): FieldError[] {
  const t = STAFF_ACCOUNTS_TEXTS[language];
  const messages: Record<string, string> = {
    email: t.emailInvalid,
    name: typed.name === '' ? t.nameMissing : t.nameInvalid,
    roles: t.rolesMissing,
    adviserId: t.adviserUnknown,
    locations: t.placeUnknown,
  };
  const fields = new Set(errors.map((error) => error.field.split('-')[0]));
  return FIELD_ORDER.filter((field) => fields.has(field)).map((field) => ({
    field,
    message: messages[field],
  }));
}

/**
 * What a refused change means at the form: a taken e-mail or adviser (the unique constraints), an
 * unknown adviser or place, or removing one's own admin role. Undefined for anything else.
 */
export function refusalAtField(error: unknown, language: Language): FieldError | undefined {
  const t = STAFF_ACCOUNTS_TEXTS[language];
  const constraint = postgresError(error)?.constraint;
  if (constraint === 'uq_staff_accounts_email') return { field: 'email', message: t.emailTaken };
  if (constraint === 'uq_staff_accounts_adviser') return { field: 'adviserId', message: t.adviserTaken };
  const code = (error as { code?: unknown } | null)?.code;
  const messages = (error as { messages?: Record<Language, string> } | null)?.messages;
  if (code === 'NOT_FOUND') return { field: 'adviserId', message: t.adviserUnknown };
  if (code === 'LOCATION_NOT_FOUND') return { field: 'locations', message: t.placeUnknown };
  if (code === 'OWN_ADMIN_ACCESS' && messages) return { field: 'roles', message: messages[language] };
  return undefined;
}

export interface ChoiceView {
  id: string;
  value: string;
  label: string;
  checked: boolean;
}

export interface AccountFormView {
  email: string;
  name: string;
  roles: ChoiceView[];
  locations: ChoiceView[];
  advisers: { value: string; text: string; selected: boolean }[];
}

/** Checkboxes' ids: the first is the field's own, so the error summary lands on it. */
const choiceId = (field: string, index: number, value: string) =>
  index === 0 ? field : `${field}-${value.replace(/[^A-Za-z0-9_-]+/g, '-')}`;

export function accountFormView(
  typed: TypedAccount,
  places: PlaceOption[],
  advisers: AdviserSummary[],
  language: Language,
): AccountFormView {
  const t = STAFF_ACCOUNTS_TEXTS[language];
  const roleNames = PEOPLE_TEXTS[language].roles;
  const shownPlaces = places.filter((place) => place.active || typed.locations.includes(place.code));
  return {
    email: typed.email,
    name: typed.name,
    roles: ROLES.map((role: Role, index) => ({
      id: choiceId('roles', index, role),
      value: role,
      label: roleNames[role],
      checked: typed.roles.includes(role),
    })),
    locations: shownPlaces.map((place, index) => ({
      id: choiceId('locations', index, place.code),
      value: place.code,
      label: place.name,
      checked: typed.locations.includes(place.code),
    })),
    advisers: [
      { value: '', text: t.noAdviser, selected: typed.adviserId === '' },
      ...advisers.map((adviser) => ({
        value: adviser.id,
        text: `${adviser.name} (${adviser.email})`,
        selected: typed.adviserId === adviser.id,
      })),
    ],
  };
}
