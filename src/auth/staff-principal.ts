import type { DataSource } from 'typeorm';
import { preparedQuery } from '../database/prepared.js';
import type { Role } from './entities/staff-account.entity.js';
import type { StaffPrincipal } from './roles.decorator.js';

/** The account as it is now, by primary key: one prepared statement per staff request. */
const ACCOUNT_SQL = `
SELECT a.name, a.roles, a.adviser_id, a.token_version, a.must_change_password,
       coalesce(array_agg(l.location_id) FILTER (WHERE l.location_id IS NOT NULL), '{}') AS location_ids
FROM staff_accounts a LEFT JOIN staff_account_locations l ON l.account_id = a.id
WHERE a.id = $1 AND a.active
GROUP BY a.id`;

interface AccountRow {
  name: string;
  roles: Role[];
  adviser_id: string | null;
  token_version: number;
  must_change_password: boolean;
  location_ids: string[];
}

export interface CurrentAccount {
  principal: StaffPrincipal;
  tokenVersion: number;
  mustChangePassword: boolean;
}

/**
 * An active account as it is now, read from PostgreSQL on every staff request (bearer token or page
 * session) rather than cached: roles, locations and revocations apply at the next request.
 */
export async function currentAccount(
  dataSource: DataSource,
  id: string,
): Promise<CurrentAccount | undefined> {
  const [account] = await preparedQuery<AccountRow>(dataSource, 'staff_guard_account', ACCOUNT_SQL, [id]);
  if (!account) return undefined;
  return {
    principal: {
      id,
      name: account.name,
      roles: account.roles,
      adviserId: account.adviser_id,
      locationIds: account.location_ids,
    },
    tokenVersion: account.token_version,
    mustChangePassword: account.must_change_password,
  };
}
