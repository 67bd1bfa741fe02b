import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit, Optional } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { databaseUnavailableReason } from './database-errors.js';
import { DatabaseOutage } from './database-outage.js';

/** The Fastify decoration under which the error filter finds this instance's watcher. */
const DECORATION = 'databaseOutage';

/**
 * One per application: logs "database unavailable" once when requests start failing for want of
 * the database, and "database back" once when a probe succeeds again.
 */
@Injectable()
export class DatabaseOutageWatcher implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Database');
  private readonly outage: DatabaseOutage;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    @Optional() private readonly adapterHost?: HttpAdapterHost,
  ) {
    this.outage = new DatabaseOutage({
      probe: () => dataSource.query('SELECT 1'),
      wait: (ms) => sleep(ms, undefined, { ref: false }),
      now: () => Date.now(),
      onDown: (reason) => this.logger.error({ reason }, 'database unavailable'),
      onBack: (outage) => this.logger.log(outage, 'database back'),
    });
  }

  get isDown(): boolean {
    return this.outage.isDown;
  }

  /** Records that the database failed a request; `error` says why. */
  failed(error: unknown): void {
    this.outage.failed(databaseUnavailableReason(error) ?? 'no answer');
  }

  onModuleInit(): void {
    const fastify = this.adapterHost?.httpAdapter?.getInstance<{
      hasDecorator?: (name: string) => boolean;
      decorate?: (name: string, value: unknown) => void;
    }>();
    if (fastify?.decorate && !fastify.hasDecorator?.(DECORATION)) fastify.decorate(DECORATION, this);
  }

  onApplicationShutdown(): void {
    this.outage.stop();
  }
}

/** The watcher of the application that serves this Fastify request's server, if any. */
export function outageWatcherOf(server: unknown): DatabaseOutageWatcher | undefined {
  const watcher = (server as Record<string, unknown> | undefined)?.[DECORATION];
  return watcher instanceof DatabaseOutageWatcher ? watcher : undefined;
}
