import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ROLES, type Role } from '../auth/entities/staff-account.entity.js';

/** Beside this module both in src (Jest) and in dist (the build copies data/ there). */
const STAFF_FILE = fileURLToPath(new URL('./data/staff.json', import.meta.url));

export interface StaffEntry {
  email: string;
  name: string;
  roles: Role[];
  password: string;
  /** E-mail of the adviser record this account signs in as (adviser role). */
  adviser?: string;
  /** Codes of the locations where a receptionist or adviser may work. */
  locations?: string[];
}

const FIELDS = new Set(['email', 'name', 'roles', 'password', 'adviser', 'locations']);

function checked(entry: unknown, index: number): StaffEntry {
  const where = `accounts.${index}`;
  if (typeof entry !== 'object' || entry === null) throw new Error(`${where}: expected an account object`);
  const account = entry as Record<string, unknown>;
  const unknown = Object.keys(account).filter((key) => !FIELDS.has(key));
  if (unknown.length > 0) throw new Error(`${where}: unknown field(s) ${unknown.join(', ')}`);
  for (const key of ['email', 'name', 'password'])
    if (typeof account[key] !== 'string' || !account[key]) throw new Error(`${where}.${key}: expected text`);
  const roles = account.roles;
  if (!Array.isArray(roles) || roles.length === 0 || roles.some((r) => !ROLES.includes(r as Role)))
    throw new Error(`${where}.roles: expected some of ${ROLES.join(', ')}`);
  if (account.adviser !== undefined && typeof account.adviser !== 'string')
    throw new Error(`${where}.adviser: expected an adviser's e-mail`);
  const locations = account.locations;
  if (
    locations !== undefined &&
    (!Array.isArray(locations) || locations.some((l) => typeof l !== 'string' || !l))
  )
    throw new Error(`${where}.locations: expected a list of location codes`);
  return account as unknown as StaffEntry;
}

/** Staff sign-ins from a file like data/staff.json ({ accounts: [...] }). */
export function readStaffFile(file: string = STAFF_FILE): StaffEntry[] {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { accounts?: unknown };
  if (!Array.isArray(data.accounts)) throw new Error(`${file}: expected { "accounts": [...] }`);
  return data.accounts.map((entry, index) => {
    try {
      return checked(entry, index);
    } catch (error) {
      throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
    }
  });
}
