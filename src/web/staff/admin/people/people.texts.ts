import type { Localized } from '../../../../common/i18n/localized.js';
import type { Role } from '../../../../auth/entities/staff-account.entity.js';

/** Words the people pages share: weekdays, roles, visit statuses. */
export const PEOPLE_TEXTS = {
  da: {
    weekdays: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
    roles: {
      admin: 'Administrator',
      reception: 'Reception',
      adviser: 'Rådgiver',
      stats: 'Statistik',
      hotline: 'Hotline',
    } satisfies Record<Role, string>,
    statuses: {
      booked: 'Booket',
      checked_in: 'Tjekket ind',
      called: 'Kaldt',
      in_progress: 'I gang',
      completed: 'Afsluttet',
      no_show: 'Udeblevet',
      cancelled: 'Aflyst',
    } as Record<string, string>,
    none: 'Ingen',
    inUse: 'I brug',
    notInUse: 'Ikke i brug',
  },
  en: {
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    roles: {
      admin: 'Administrator',
      reception: 'Reception',
      adviser: 'Adviser',
      stats: 'Statistics',
      hotline: 'Hotline',
    } satisfies Record<Role, string>,
    statuses: {
      booked: 'Booked',
      checked_in: 'Checked in',
      called: 'Called',
      in_progress: 'In progress',
      completed: 'Completed',
      no_show: 'No-show',
      cancelled: 'Cancelled',
    } as Record<string, string>,
    none: 'None',
    inUse: 'In use',
    notInUse: 'Not in use',
  },
} satisfies Localized<unknown>;
