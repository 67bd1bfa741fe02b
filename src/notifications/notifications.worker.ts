import {
  type BeforeApplicationShutdown,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Clock } from '../common/clock/clock.js';
import { startIntervalJob, stopIntervalJob } from '../common/jobs/interval-job.js';
import { SettingsService } from '../config/settings.service.js';
import {
  type BookingForMessage,
  type ClaimedNotification,
  failureCode,
  isPermanent,
  MAX_ATTEMPTS,
  retryDelayMs,
  skipReason,
} from './delivery.js';
import { bookingsForMessages } from './message-booking.js';
import { MessageSender } from './message-sender.js';
import {
  claimDue,
  forgetOldTokens,
  MANAGE_TOKEN_TTL_MS,
  markClosed,
  markRetry,
  markSent,
} from './outbox.store.js';

const JOB = 'notifications';
/** Rows claimed per round; the mail transport sends them over a few pooled connections. */
const BATCH = 20;
/** Rounds per run at most, so one run of a large backlog ends and the next tick carries on. */
const MAX_ROUNDS = 50;
/** Longer than a send can take (the transports time out after 10 s): only a dead worker's rows lapse. */
const LEASE_MS = 5 * 60_000;

export type Outcome = 'sent' | 'skipped' | 'retry' | 'failed';

/** How one run ended, per outcome (for tests, the bench and the log). */
export type RunResult = Record<Outcome, number>;

/**
 * Sends the outbox. Every instance runs it every NOTIFICATIONS_POLL_SECONDS (0: this one does
 * not); each claims due rows for itself (FOR UPDATE SKIP LOCKED and a lease), so several instances
 * share the work and never send one message twice. A failed send waits longer each time and is
 * given up after MAX_ATTEMPTS; an SMTP outage only delays the mail.
 */
@Injectable()
export class NotificationsWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Notifications');
  private running: Promise<RunResult> | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: SettingsService,
    private readonly clock: Clock,
    private readonly scheduler: SchedulerRegistry,
    private readonly sender: MessageSender,
  ) {}

  onApplicationBootstrap(): void {
    const seconds = this.settings.get('NOTIFICATIONS_POLL_SECONDS');
    if (seconds > 0) startIntervalJob(this.scheduler, JOB, seconds * 1000, this.logger, () => this.runOnce());
  }

  /** Stops the timer and lets a run in flight finish its sends before the pools close. */
  async beforeApplicationShutdown(): Promise<void> {
    stopIntervalJob(this.scheduler, JOB);
    await this.running?.catch(() => undefined);
  }

  /** Sends what is due now. A run still going (the timer's) is joined, never doubled. */
  runOnce(): Promise<RunResult> {
    this.running ??= this.drain().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async drain(): Promise<RunResult> {
    const result: RunResult = { sent: 0, skipped: 0, retry: 0, failed: 0 };
    await forgetOldTokens(this.dataSource, new Date(this.clock.now().getTime() - MANAGE_TOKEN_TTL_MS));
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const now = this.clock.now();
      const rows = await claimDue(this.dataSource, now, new Date(now.getTime() + LEASE_MS), BATCH);
      const bookings = await bookingsForMessages(
        this.dataSource.manager,
        rows.map((row) => row.bookingId),
      );
      const settled = await Promise.allSettled(
        rows.map((row) => this.deliver(row, bookings.get(row.bookingId))),
      );
      // Between a send and this, a crash would send again after the lease: at least once, never lost.
      // One row's failed bookkeeping must not leave the rest of the batch to be sent again.
      await markSent(
        this.dataSource,
        rows.filter((_, i) => settled[i].status === 'fulfilled' && settled[i].value === 'sent'),
        this.clock.now(),
      );
      for (const outcome of settled) {
        if (outcome.status === 'rejected') throw outcome.reason;
        result[outcome.value]++;
      }
      if (rows.length < BATCH) break;
    }
    return result;
  }

  private async deliver(row: ClaimedNotification, booking: BookingForMessage | undefined): Promise<Outcome> {
    const skip = skipReason(row, booking, this.clock.now());
    if (skip) return this.close(row, 'skipped', skip);
    if (row.channel === 'email' && !this.sender.mailEnabled) {
      // SMTP_URL unset: the message is recorded, not sent; the log says so without who or what.
      this.logger.log(
        { kind: row.kind, channel: row.channel, bookingId: row.bookingId },
        'not sent: no SMTP_URL',
      );
      return this.close(row, 'skipped', 'NO_SMTP_URL');
    }
    try {
      await this.sender.send(row, booking!);
    } catch (error) {
      return this.failed(row, error);
    }
    // SMS_PROVIDER=log wrote it to the log only: like e-mail without SMTP_URL, recorded, not sent.
    if (row.channel === 'sms' && !this.sender.smsDelivers)
      return this.close(row, 'skipped', 'SMS_PROVIDER_LOG');
    this.logger.log({ kind: row.kind, channel: row.channel, bookingId: row.bookingId }, 'message sent');
    return 'sent';
  }

  private async failed(row: ClaimedNotification, error: unknown): Promise<Outcome> {
    const code = failureCode(error);
    const retryable = (error as { retryable?: unknown } | null)?.retryable !== false && !isPermanent(error);
    const context = {
      kind: row.kind,
      channel: row.channel,
      bookingId: row.bookingId,
      attempts: row.attempts,
      code,
    };
    if (!retryable || row.attempts >= MAX_ATTEMPTS) {
      this.logger.warn(context, 'message given up');
      return this.close(row, 'failed', code);
    }
    const at = new Date(this.clock.now().getTime() + retryDelayMs(row.attempts));
    await markRetry(this.dataSource, row, at, code);
    this.logger.warn(context, 'message not sent, will retry');
    return 'retry';
  }

  private async close(
    row: ClaimedNotification,
    status: 'skipped' | 'failed',
    reason: string,
  ): Promise<Outcome> {
    await markClosed(this.dataSource, row, status, reason);
    return status;
  }
}
