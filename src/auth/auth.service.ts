import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { Clock } from '../common/clock/clock.js';
import { SettingsService } from '../config/settings.service.js';
import type { AccessTokenClaims } from './access-token.js';
import {
  CurrentPasswordWrongError,
  InvalidCredentialsError,
  InvalidTokenError,
  PasswordNotAllowedError,
} from './auth.errors.js';
import type { LoginResponse, StaffResponse } from './dto/auth.dto.js';
import { StaffAccountLocation } from './entities/staff-account-location.entity.js';
import { type Role, StaffAccount } from './entities/staff-account.entity.js';
import { LoginAttempts } from './login-attempts.js';
import { passwordProblems } from './password-policy.js';
import { hashPassword, passwordMatches } from './passwords.js';

export function toStaffResponse(account: StaffAccount): StaffResponse {
  return {
    id: account.id,
    name: account.name,
    email: account.email,
    roles: account.roles,
    adviserId: account.adviserId,
  };
}

export interface NewAccount {
  email: string;
  name: string;
  roles: Role[];
  password: string;
  adviserId?: string | null;
  /** Where a receptionist or adviser may work (location ids). */
  locationIds?: string[];
  /** The password is a one-time password: it must be changed at the first sign-in. */
  mustChangePassword?: boolean;
}

/** Sign-in, the signed-in account, and the own password change. */
@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(StaffAccount) private readonly accounts: Repository<StaffAccount>,
    private readonly attempts: LoginAttempts,
    private readonly jwt: JwtService,
    private readonly settings: SettingsService,
    private readonly clock: Clock,
  ) {}

  /**
   * The attempt is reserved (and counted) before the password is checked, so concurrent guesses
   * cannot slip past the throttle; `ip` is the client's address (request.ip).
   */
  async login(email: string, password: string, ip: string): Promise<LoginResponse> {
    return this.issue(await this.verifyCredentials(email, password, ip));
  }

  /** The account these credentials belong to, throttled as `login` is (also for the staff pages). */
  async verifyCredentials(email: string, password: string, ip: string): Promise<StaffAccount> {
    await this.attempts.reserve(email, ip, this.clock.now());
    const account = await this.withHash('email', email);
    if (!(await passwordMatches(account?.passwordHash, password)) || !account)
      throw new InvalidCredentialsError();
    await this.attempts.succeeded(email, ip);
    return account;
  }

  /**
   * The signed-in staff member changes their own password (also a one-time one). Every token issued
   * before ends; the answer carries a new one. A wrong current password counts as a failed sign-in.
   */
  async changePassword(
    id: string,
    passwords: { currentPassword: string; newPassword: string },
    ip: string,
  ): Promise<LoginResponse> {
    return this.issue(await this.changeOwnPassword(id, passwords, ip));
  }

  /** The password change itself (also for the staff pages): the account as it is afterwards. */
  async changeOwnPassword(
    id: string,
    passwords: { currentPassword: string; newPassword: string },
    ip: string,
  ): Promise<StaffAccount> {
    const account = await this.withHash('id', id);
    if (!account) throw new InvalidTokenError();
    const problems = passwordProblems(passwords.newPassword, {
      email: account.email,
      currentPassword: passwords.currentPassword,
    });
    if (problems.length > 0) throw new PasswordNotAllowedError(problems);
    await this.attempts.reserve(account.email, ip, this.clock.now());
    if (!(await passwordMatches(account.passwordHash, passwords.currentPassword)))
      throw new CurrentPasswordWrongError();
    await this.attempts.succeeded(account.email, ip);
    await this.setPassword(id, await hashPassword(passwords.newPassword), false);
    return (await this.accounts.findOneBy({ id }))!;
  }

  /** New hash, and every token issued before ends (the token version goes up). */
  async setPassword(
    id: string,
    passwordHash: string,
    mustChangePassword: boolean,
    within: EntityManager = this.accounts.manager,
  ): Promise<void> {
    await within.query(
      `UPDATE staff_accounts SET password_hash = $2, must_change_password = $3, token_version = token_version + 1
       WHERE id = $1`,
      [id, passwordHash, mustChangePassword],
    );
  }

  /** A new staff account; the password is stored only as an argon2id hash. Returns its id. */
  async createAccount(account: NewAccount, within: EntityManager = this.accounts.manager): Promise<string> {
    const { password, locationIds = [], ...fields } = account;
    const saved = await within.save(StaffAccount, {
      ...fields,
      email: fields.email.toLowerCase(),
      adviserId: fields.adviserId ?? null,
      mustChangePassword: fields.mustChangePassword ?? false,
      passwordHash: await hashPassword(password),
    });
    if (locationIds.length > 0)
      await within.insert(
        StaffAccountLocation,
        locationIds.map((locationId) => ({ accountId: saved.id, locationId })),
      );
    return saved.id;
  }

  /** The signed-in account; a token of an account deleted or deactivated since is no longer valid. */
  async me(id: string): Promise<StaffResponse> {
    const account = await this.accounts.findOneBy({ id, active: true });
    if (!account) throw new InvalidTokenError();
    return toStaffResponse(account);
  }

  /** Active accounts among these e-mail addresses (start-up refuses demo sign-ins in production). */
  async activeEmailsAmong(emails: string[]): Promise<string[]> {
    const rows = await this.accounts.query<{ email: string }[]>(
      'SELECT email FROM staff_accounts WHERE active AND email = ANY($1) ORDER BY email',
      [emails.map((email) => email.toLowerCase())],
    );
    return rows.map((row) => row.email);
  }

  /** An active account with its password hash (which is not selected by default). */
  private withHash(by: 'email' | 'id', value: string): Promise<StaffAccount | null> {
    return this.accounts
      .createQueryBuilder('account')
      .addSelect('account.passwordHash')
      .where(`account.${by} = :value AND account.active`, { value })
      .getOne();
  }

  private async issue(account: StaffAccount): Promise<LoginResponse> {
    const expiresIn = this.settings.get('ACCESS_TOKEN_MINUTES') * 60;
    const claims: AccessTokenClaims = {
      sub: account.id,
      ver: account.tokenVersion,
      name: account.name,
      roles: account.roles,
      adviserId: account.adviserId,
    };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn });
    return {
      accessToken,
      expiresIn,
      staff: toStaffResponse(account),
      mustChangePassword: account.mustChangePassword,
    };
  }
}
