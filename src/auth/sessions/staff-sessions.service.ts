import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Clock } from '../../common/clock/clock.js';
import { SettingsService } from '../../config/settings.service.js';
import type { StaffPrincipal } from '../roles.decorator.js';
import { currentAccount } from '../staff-principal.js';

const MINUTE_MS = 60_000;
/** 32 random bytes, base64url: what the session cookie holds. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export interface StartedSession {
  /** The cookie's value; never stored, never logged. */
  token: string;
  expiresAt: Date;
}

export interface ResumedSession {
  staff: StaffPrincipal;
  mustChangePassword: boolean;
  /** When the session ends unless the browser asks for something before then. */
  idleEndsAt: Date;
}

function hashOf(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

/**
 * The staff pages' sign-in sessions (the one writer of staff_sessions). A session is as good as its
 * account: deactivated, or its password changed or reset since sign-in, and it ends, on every
 * instance at once, because the account is read on each request.
 */
@Injectable()
export class StaffSessions {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: SettingsService,
    private readonly clock: Clock,
  ) {}

  get idleMinutes(): number {
    return this.settings.get('STAFF_SESSION_IDLE_MINUTES');
  }

  async start(accountId: string, tokenVersion: number): Promise<StartedSession> {
    const now = this.clock.now();
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + this.settings.get('STAFF_SESSION_HOURS') * 60 * MINUTE_MS);
    // The account's ended sessions go as a new one starts: the table holds live sessions only.
    await this.dataSource.query(
      'DELETE FROM staff_sessions WHERE account_id = $1 AND (expires_at <= $2 OR last_seen_at <= $3)',
      [accountId, now, this.idleSince(now)],
    );
    await this.dataSource.query(
      `INSERT INTO staff_sessions (token_hash, account_id, token_version, last_seen_at, expires_at)
       VALUES ($1, $2, $3, $4, $5)`,
      [hashOf(token), accountId, tokenVersion, now, expiresAt],
    );
    return { token, expiresAt };
  }

  /**
   * The signed-in staff member behind a cookie, or undefined when it signs nobody in (any more).
   * `touch: false` reads without extending the idle time: a screen that refreshes itself is not
   * someone at the desk.
   */
  async resume(
    token: string | undefined,
    options: { touch?: boolean } = {},
  ): Promise<ResumedSession | undefined> {
    if (token === undefined || !TOKEN_SHAPE.test(token)) return undefined;
    const now = this.clock.now();
    const touch = options.touch ?? true;
    const [row] = (await this.dataSource.query(
      `UPDATE staff_sessions SET last_seen_at = CASE WHEN $4 THEN $2::timestamptz ELSE last_seen_at END
       WHERE token_hash = $1 AND expires_at > $2 AND last_seen_at > $3
       RETURNING account_id, token_version, last_seen_at`,
      [hashOf(token), now, this.idleSince(now), touch],
    )) as [{ account_id: string; token_version: number; last_seen_at: Date }[], number];
    const session = Array.isArray(row) ? row[0] : undefined;
    if (!session) return undefined;
    const account = await currentAccount(this.dataSource, session.account_id);
    if (!account || account.tokenVersion !== session.token_version) return undefined;
    return {
      staff: account.principal,
      mustChangePassword: account.mustChangePassword,
      idleEndsAt: new Date(session.last_seen_at.getTime() + this.idleMinutes * MINUTE_MS),
    };
  }

  async end(token: string | undefined): Promise<void> {
    if (token === undefined || !TOKEN_SHAPE.test(token)) return;
    await this.dataSource.query('DELETE FROM staff_sessions WHERE token_hash = $1', [hashOf(token)]);
  }

  /** Sessions idle or past their end, for the nightly sweep. */
  async deleteEnded(): Promise<number> {
    const now = this.clock.now();
    const [, count] = (await this.dataSource.query(
      'DELETE FROM staff_sessions WHERE expires_at <= $1 OR last_seen_at <= $2',
      [now, this.idleSince(now)],
    )) as [unknown, number];
    return count;
  }

  private idleSince(now: Date): Date {
    return new Date(now.getTime() - this.idleMinutes * MINUTE_MS);
  }
}
