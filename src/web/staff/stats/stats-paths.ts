import type { Role } from '../../../auth/entities/staff-account.entity.js';

/** The statistics page; its CSV files sit beside it, one per section. */
export const STATS_PATH = '/staff/statistik';
/** Admins see the numbers too (issue 11). */
export const STATS_ROLES: Role[] = ['stats', 'admin'];
/** The municipality's days: "today" and the periods are Danish calendar days. */
export const STATS_ZONE = 'Europe/Copenhagen';

export const CSV_FILES = {
  selfService: 'selvbetjening',
  visits: 'besoeg',
  waiting: 'ventetid',
  firstFree: 'foerste-ledige-tid',
  capacity: 'kapacitet',
} as const;
export type CsvFile = keyof typeof CSV_FILES;
