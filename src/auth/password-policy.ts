import type { PasswordProblem } from './auth.errors.js';

export const MIN_PASSWORD_LENGTH = 12;

/**
 * What is wrong with a new password (empty: nothing). Length counts characters as people see them
 * (code points), so "æøå" counts three.
 */
export function passwordProblems(
  password: string,
  account: { email: string; currentPassword?: string },
): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if ([...password].length < MIN_PASSWORD_LENGTH) problems.push('too_short');
  if (password.trim().toLowerCase() === account.email.trim().toLowerCase()) problems.push('same_as_email');
  if (account.currentPassword !== undefined && password === account.currentPassword)
    problems.push('same_as_current');
  return problems;
}
