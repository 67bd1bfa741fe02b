import { hash, verify } from '@node-rs/argon2';

/** Algorithm.Argon2id of @node-rs/argon2 (an ambient const enum, which isolated modules cannot read). */
const ARGON2ID = 2;

/**
 * argon2id (OWASP's first choice for password storage) with the library's defaults; the PHC
 * string keeps salt and parameters. @node-rs/argon2 ships prebuilt N-API binaries per platform:
 * the `argon2` package's prebuilt binary crashed (SIGSEGV) on the project machines.
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

let dummyHash: Promise<string> | undefined;

/**
 * Checks a password against a stored hash; without an account it still spends the time of a real
 * check, so response times do not tell which e-mail addresses have accounts.
 */
export async function passwordMatches(stored: string | undefined, password: string): Promise<boolean> {
  dummyHash ??= hashPassword('not-a-real-password');
  const matches = await verify(stored ?? (await dummyHash), password);
  return stored !== undefined && matches;
}
