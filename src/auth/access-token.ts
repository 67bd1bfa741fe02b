import { ROLES, type Role } from './entities/staff-account.entity.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What an access token says; the guard checks the account itself on every request. */
export interface AccessTokenClaims {
  /** The staff account id. */
  sub: string;
  /** The account's token version when the token was issued (see StaffAccount.tokenVersion). */
  ver: number;
  roles: Role[];
  name: string;
  adviserId: string | null;
}

const isRole = (value: unknown): value is Role => ROLES.includes(value as Role);
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/**
 * The claims of a token whose signature is good, or undefined when they are not what this API
 * issues (no expiry, roles not a list of known roles, sub not a uuid …): such a token is refused
 * like a forged one, never a 500.
 */
export function parseClaims(payload: unknown): AccessTokenClaims | undefined {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return undefined;
  const claims = payload as Record<string, unknown>;
  const { sub, ver, roles, name, adviserId, exp, iat } = claims;
  if (typeof sub !== 'string' || !UUID.test(sub)) return undefined;
  if (!isCount(ver) || !isCount(exp) || !isCount(iat) || exp <= iat) return undefined;
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every(isRole)) return undefined;
  if (typeof name !== 'string') return undefined;
  if (adviserId !== null && (typeof adviserId !== 'string' || !UUID.test(adviserId))) return undefined;
  return { sub, ver, roles, name, adviserId };
}
