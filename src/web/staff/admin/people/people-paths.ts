/** Where the admin's people pages live. */
export const ADVISERS_PATH = '/staff/admin/raadgivere';
export const STAFF_PATH = '/staff/admin/medarbejdere';
export const AUDIT_PATH = '/staff/admin/log';

export const adviserPath = (id: string, ...rest: string[]) => [ADVISERS_PATH, id, ...rest].join('/');

export const absencePath = (adviserId: string, absenceId: string, ...rest: string[]) =>
  adviserPath(adviserId, 'fravaer', absenceId, ...rest);

export const accountPath = (id: string, ...rest: string[]) => [STAFF_PATH, id, ...rest].join('/');
