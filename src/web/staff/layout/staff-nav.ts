import type { Role } from '../../../auth/entities/staff-account.entity.js';
import type { StaffLayoutTexts } from './staff-layout.texts.js';

export interface NavItem {
  href: string;
  text: string;
  current: boolean;
}

/** Each role's home among the staff pages, in the order the menu shows them. */
const AREAS: { role: Role; path: string; text: keyof StaffLayoutTexts }[] = [
  { role: 'reception', path: '/staff/reception', text: 'reception' },
  { role: 'adviser', path: '/staff/raadgiver', text: 'adviser' },
  { role: 'admin', path: '/staff/admin', text: 'admin' },
];

/** Where /staff leads a signed-in account: its first area. */
export function homeOf(roles: readonly Role[]): string {
  return AREAS.find((area) => roles.includes(area.role))?.path ?? '/staff/log-ind';
}

/** The menu: one entry per role the account has; the one holding this page is current. */
export function staffNav(roles: readonly Role[], currentPath: string, t: StaffLayoutTexts): NavItem[] {
  return AREAS.filter((area) => roles.includes(area.role)).map((area) => ({
    href: area.path,
    text: t[area.text],
    current: currentPath === area.path || currentPath.startsWith(`${area.path}/`),
  }));
}
