import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { TooManyLoginAttemptsError } from './auth.errors.js';
import { PER_EMAIL, PER_IP, retryAfter, type ThrottlePolicy, waitSchedule } from './login-throttle.js';

interface Counter {
  table: 'login_failures' | 'login_failures_by_ip';
  key: 'email' | 'ip';
  policy: ThrottlePolicy;
  reserve: string;
  refund: string;
}

/**
 * Reserves one attempt in a single statement: the row lock makes concurrent attempts take turns, and
 * each one that may proceed counts itself as a failure before its password is checked, so the next
 * one already sees the new wait. An attempt that must wait changes nothing and gets no row back.
 * $3: seconds after which a streak is forgotten; $4: the wait after 0, 1, 2 … failures.
 */
function reserveSql(table: Counter['table'], key: Counter['key']): string {
  const forgotten = `f.last_failure_at <= $2::timestamptz - make_interval(secs => $3)`;
  const wait = `($4::int[])[LEAST(f.failures + 1, cardinality($4::int[]))]`;
  return `
INSERT INTO ${table} AS f (${key}, failures, last_failure_at) VALUES ($1, 1, $2)
ON CONFLICT (${key}) DO UPDATE SET
  failures = CASE WHEN ${forgotten} THEN 1 ELSE f.failures + 1 END,
  last_failure_at = $2
WHERE ${forgotten} OR f.last_failure_at + make_interval(secs => ${wait}) <= $2
RETURNING failures`;
}

function counter(table: Counter['table'], key: Counter['key'], policy: ThrottlePolicy): Counter {
  return {
    table,
    key,
    policy,
    reserve: reserveSql(table, key),
    refund: `UPDATE ${table} SET failures = GREATEST(failures - 1, 0) WHERE ${key} = $1`,
  };
}

const BY_EMAIL = counter('login_failures', 'email', PER_EMAIL);
const BY_IP = counter('login_failures_by_ip', 'ip', PER_IP);

/**
 * The sign-in throttle, per e-mail and per client address, atomic across concurrent requests and
 * API instances: N simultaneous guesses count as N. Use: `reserve` before checking a password (it
 * throws TOO_MANY_LOGIN_ATTEMPTS when either count asks for a wait), `succeeded` after a right one.
 */
@Injectable()
export class LoginAttempts {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async reserve(email: string, ip: string, now: Date): Promise<void> {
    await this.take(BY_IP, ip, now);
    try {
      await this.take(BY_EMAIL, email, now);
    } catch (error) {
      // Nothing is checked for this attempt, so the address has not spent one.
      await this.dataSource.query(BY_IP.refund, [ip]);
      throw error;
    }
  }

  /** The e-mail's streak ends; the address gets its reserved attempt back (its failures stay). */
  async succeeded(email: string, ip: string): Promise<void> {
    await this.dataSource.query('DELETE FROM login_failures WHERE email = $1', [email]);
    await this.dataSource.query(BY_IP.refund, [ip]);
  }

  /** An admin reset the password: whoever was slowed down by this e-mail's failures may try again. */
  async forget(email: string): Promise<void> {
    await this.dataSource.query('DELETE FROM login_failures WHERE email = $1', [email]);
  }

  private async take(counter: Counter, key: string, now: Date): Promise<void> {
    const { forgetAfterSeconds } = counter.policy;
    const reserved = await this.dataSource.query<{ failures: number }[]>(counter.reserve, [
      key,
      now,
      forgetAfterSeconds,
      waitSchedule(counter.policy),
    ]);
    if (reserved.length > 0) return;
    const [streak] = await this.dataSource.query<{ failures: number; last_failure_at: Date }[]>(
      `SELECT failures, last_failure_at FROM ${counter.table} WHERE ${counter.key} = $1`,
      [key],
    );
    const wait = streak ? retryAfter(streak.failures, streak.last_failure_at, now, counter.policy) : 0;
    // A success in between may have ended the streak; the client still tries again, a second later.
    throw new TooManyLoginAttemptsError(Math.max(1, wait));
  }
}
