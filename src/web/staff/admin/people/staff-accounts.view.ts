import type { StaffAccountResponse } from '../../../../auth/dto/staff-accounts.dto.js';
import type { Language } from '../../../../common/i18n/localized.js';
import type { AdviserSummary } from '../../../../staffing/adviser-queries.service.js';
import { accountPath } from './people-paths.js';
import { PEOPLE_TEXTS } from './people.texts.js';
import { STAFF_ACCOUNTS_TEXTS } from './staff-accounts.texts.js';

export interface AccountRowView {
  href: string;
  name: string;
  email: string;
  roles: string;
  places: string;
  status: string;
}

/** How the pages name places by code. */
export type PlaceNames = (code: string) => string | undefined;

function places(account: StaffAccountResponse, name: PlaceNames, language: Language): string {
  const t = STAFF_ACCOUNTS_TEXTS[language];
  if (account.roles.includes('admin')) return t.allPlaces;
  if (account.locations.length === 0) return PEOPLE_TEXTS[language].none;
  return account.locations.map((code) => name(code) ?? code).join(', ');
}

function status(account: StaffAccountResponse, language: Language): string {
  const t = STAFF_ACCOUNTS_TEXTS[language];
  if (!account.active) return t.inactive;
  return account.mustChangePassword ? `${t.active}. ${t.mustChange}` : t.active;
}

const roles = (account: StaffAccountResponse, language: Language) =>
  account.roles.map((role) => PEOPLE_TEXTS[language].roles[role]).join(', ');

export function toAccountRows(
  accounts: StaffAccountResponse[],
  name: PlaceNames,
  language: Language,
): AccountRowView[] {
  return accounts.map((account) => ({
    href: accountPath(account.id),
    name: account.name,
    email: account.email,
    roles: roles(account, language),
    places: places(account, name, language),
    status: status(account, language),
  }));
}

export interface AccountPageView extends AccountRowView {
  active: boolean;
  adviser?: string;
  updateAction: string;
  statusAction: string;
  resetAction: string;
}

export function toAccountPage(
  account: StaffAccountResponse,
  advisers: AdviserSummary[],
  name: PlaceNames,
  language: Language,
): AccountPageView {
  const [row] = toAccountRows([account], name, language);
  return {
    ...row,
    active: account.active,
    adviser: advisers.find((adviser) => adviser.id === account.adviserId)?.name,
    updateAction: accountPath(account.id),
    statusAction: accountPath(account.id, 'status'),
    resetAction: accountPath(account.id, 'adgangskode'),
  };
}

/** What the redirect after a change says on the account's page. */
export function accountNotice(
  query: Record<string, unknown>,
  language: Language,
): { text: string } | undefined {
  const t = STAFF_ACCOUNTS_TEXTS[language];
  const texts: Record<string, string> = {
    gemt: t.saved,
    deaktiveret: t.deactivated,
    genaktiveret: t.reactivated,
  };
  const key = typeof query.besked === 'string' ? query.besked : '';
  return Object.hasOwn(texts, key) ? { text: texts[key] } : undefined;
}
