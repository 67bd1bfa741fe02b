import argon2 from 'argon2';

/** argon2id with the library's defaults (OWASP's recommendation); the PHC string keeps its parameters. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

let dummyHash: Promise<string> | undefined;

/**
 * Checks a password against a stored hash; without an account it still spends the time of a real
 * check, so response times do not tell which e-mail addresses have accounts.
 */
export async function passwordMatches(hash: string | undefined, password: string): Promise<boolean> {
  dummyHash ??= hashPassword('not-a-real-password');
  const matches = await argon2.verify(hash ?? (await dummyHash), password);
  return hash !== undefined && matches;
}
