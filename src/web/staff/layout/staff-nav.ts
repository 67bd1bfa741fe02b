import type { Role } from '../../../auth/entities/staff-account.entity.js';
import type { StaffLayoutTexts } from './staff-layout.texts.js';

export interface NavItem {
  href: string;
  text: string;
  current: boolean;
}

/** The staff areas, in the order the menu shows them, and the roles that open each. */
const AREAS: { roles: Role[]; path: string; text: keyof StaffLayoutTexts }[] = [
  { roles: ['reception'], path: '/staff/reception', text: 'reception' },
  { roles: ['adviser'], path: '/staff/raadgiver', text: 'adviser' },
  { roles: ['admin'], path: '/staff/admin', text: 'admin' },
  // Admins may work the hotline's calls too, but land on the administration (it comes first).
  { roles: ['hotline', 'admin'], path: '/staff/hotline', text: 'hotline' },
  // Admins see the numbers too (issue 11), but land on the administration.
  { roles: ['stats', 'admin'], path: '/staff/statistik', text: 'stats' },
];

const opens = (area: (typeof AREAS)[number], roles: readonly Role[]) =>
  area.roles.some((role) => roles.includes(role));

/** Where /staff leads a signed-in account: its first area. */
export function homeOf(roles: readonly Role[]): string {
  return AREAS.find((area) => opens(area, roles))?.path ?? '/staff/log-ind';
}

/** The menu: one entry per area the account's roles open; the one holding this page is current. */
export function staffNav(roles: readonly Role[], currentPath: string, t: StaffLayoutTexts): NavItem[] {
  return AREAS.filter((area) => opens(area, roles)).map((area) => ({
    href: area.path,
    text: t[area.text],
    current: currentPath === area.path || currentPath.startsWith(`${area.path}/`),
  }));
}
