import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { Clock } from '../common/clock/clock.js';
import { SettingsService } from '../config/settings.service.js';
import { InvalidCredentialsError, InvalidTokenError, TooManyLoginAttemptsError } from './auth.errors.js';
import type { LoginResponse, StaffResponse } from './dto/auth.dto.js';
import { LoginFailure } from './entities/login-failure.entity.js';
import { type Role, StaffAccount } from './entities/staff-account.entity.js';
import { retryAfter } from './login-throttle.js';
import { hashPassword, passwordMatches } from './passwords.js';

/** A failure streak older than this no longer slows anyone down. */
const RECORD_FAILURE_SQL = `
INSERT INTO login_failures (email, failures, last_failure_at) VALUES ($1, 1, $2)
ON CONFLICT (email) DO UPDATE SET
  failures = CASE WHEN login_failures.last_failure_at < $2::timestamptz - interval '1 day' THEN 1
                  ELSE login_failures.failures + 1 END,
  last_failure_at = $2`;

export function toStaffResponse(account: StaffAccount): StaffResponse {
  return {
    id: account.id,
    name: account.name,
    email: account.email,
    roles: account.roles,
    adviserId: account.adviserId,
  };
}

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(StaffAccount) private readonly accounts: Repository<StaffAccount>,
    @InjectRepository(LoginFailure) private readonly failures: Repository<LoginFailure>,
    private readonly jwt: JwtService,
    private readonly settings: SettingsService,
    private readonly clock: Clock,
  ) {}

  async login(email: string, password: string): Promise<LoginResponse> {
    const now = this.clock.now();
    const streak = await this.failures.findOneBy({ email });
    const wait = streak ? retryAfter(streak.failures, streak.lastFailureAt, now) : 0;
    if (wait > 0) throw new TooManyLoginAttemptsError(wait);

    const account = await this.accounts
      .createQueryBuilder('account')
      .addSelect('account.passwordHash')
      .where('account.email = :email AND account.active', { email })
      .getOne();
    if (!(await passwordMatches(account?.passwordHash, password)) || !account) {
      await this.accounts.query(RECORD_FAILURE_SQL, [email, now]);
      throw new InvalidCredentialsError();
    }
    if (streak) await this.failures.delete({ email });

    const expiresIn = this.settings.get('ACCESS_TOKEN_MINUTES') * 60;
    const accessToken = await this.jwt.signAsync(
      { sub: account.id, name: account.name, roles: account.roles, adviserId: account.adviserId },
      { expiresIn },
    );
    return { accessToken, expiresIn, staff: toStaffResponse(account) };
  }

  /** A new staff account; the password is stored only as an argon2id hash. Returns its id. */
  async createAccount(
    account: { email: string; name: string; roles: Role[]; password: string; adviserId?: string | null },
    within: EntityManager = this.accounts.manager,
  ): Promise<string> {
    const { password, ...fields } = account;
    const saved = await within.save(StaffAccount, {
      ...fields,
      email: fields.email.toLowerCase(),
      adviserId: fields.adviserId ?? null,
      passwordHash: await hashPassword(password),
    });
    return saved.id;
  }

  /** The signed-in account; a token of an account deleted or deactivated since is no longer valid. */
  async me(id: string): Promise<StaffResponse> {
    const account = await this.accounts.findOneBy({ id, active: true });
    if (!account) throw new InvalidTokenError();
    return toStaffResponse(account);
  }
}
