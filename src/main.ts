import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DateTime } from 'luxon';
import { DataSource, type EntityManager } from 'typeorm';
import { AppModule } from './app.module.js';
import { configureApp, createFastifyAdapter } from './app.setup.js';
import { loadSettings, type Settings } from './config/settings.js';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './database/embedded-postgres.js';
import { prepareDatabase } from './database/prepare-database.js';
import { seedDemo, writersOf } from './demo/seed.js';
import { seedDemoVisits, visitWritersOf } from './demo/seed-visits.js';
import { readDemoVisits } from './demo/visits-file.js';
import { AuthService } from './auth/auth.service.js';
import { readStaffFile } from './demo/staff-file.js';
import {
  demoSignInRefusal,
  describeStartupError,
  productionRefusal,
  smsRefusal,
  StartupRefusedError,
} from './startup-errors.js';

const SHUTDOWN_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function say(line: string): void {
  process.stderr.write(`borgerservice: ${line}\n`);
}

async function startDatabase(settings: Settings): Promise<{ url: string; embedded?: EmbeddedDatabase }> {
  if (settings.DATABASE_URL) return { url: settings.DATABASE_URL };
  say(
    `no DATABASE_URL: starting the embedded PostgreSQL (port ${settings.EMBEDDED_POSTGRES_PORT}, data in ${settings.EMBEDDED_POSTGRES_DIR})`,
  );
  const embedded = await startEmbeddedPostgres({
    dataDir: settings.EMBEDDED_POSTGRES_DIR,
    port: settings.EMBEDDED_POSTGRES_PORT,
  });
  // embedded-postgres installs signal handlers that stop PostgreSQL and exit at once; we stop it
  // ourselves, after the API has closed its connections.
  for (const signal of SHUTDOWN_SIGNALS) process.removeAllListeners(signal);
  return { url: embedded.url, embedded };
}

async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  let settings: Settings | undefined;
  let database: { url: string; embedded?: EmbeddedDatabase } | undefined;
  let app: NestFastifyApplication | undefined;

  const stop = async (exitCode: number): Promise<never> => {
    await app?.close().catch(() => undefined);
    await database?.embedded?.stop().catch(() => undefined);
    process.exit(exitCode);
  };

  try {
    settings = loadSettings(process.env);
    const refusal = productionRefusal(settings) ?? smsRefusal(settings);
    if (refusal) throw new StartupRefusedError(refusal);
    database = await startDatabase(settings);
    // Without its database the API can only answer 503: better to exit and let the supervisor
    // (systemd, Kubernetes, a developer) start both again.
    void database.embedded?.unexpectedExit.then((how) => {
      say(`the embedded PostgreSQL stopped unexpectedly (${how}); exiting`);
      return stop(1);
    });
    for (const signal of SHUTDOWN_SIGNALS) process.once(signal, () => void stop(0));

    app = await NestFactory.create<NestFastifyApplication>(
      AppModule.forDatabase(database.url),
      createFastifyAdapter(settings),
      { logger: false, abortOnError: false },
    );
    await configureApp(app);
    // The demo is a separate step: on by default only with the embedded PostgreSQL (a try-out),
    // never against a DATABASE_URL unless DEMO_DATA=true asks for it.
    const demo = settings.DEMO_DATA ?? !settings.DATABASE_URL;
    const today = DateTime.now().setZone('Europe/Copenhagen').toISODate()!;
    const writers = writersOf(app);
    const seed = demo ? (manager: EntityManager) => seedDemo(writers, manager, today) : undefined;
    // Read before anything is written: a broken visits file stops the start with its message.
    const demoVisits = demo ? readDemoVisits(today) : [];
    const prepared = await prepareDatabase(app.get(DataSource), seed);
    if (settings.NODE_ENV === 'production') {
      const demoEmails = readStaffFile().map((account) => account.email);
      const active = await app.get(AuthService).activeEmailsAmong(demoEmails);
      const demoRefusal = demoSignInRefusal(settings.NODE_ENV, active);
      if (demoRefusal) throw new StartupRefusedError(demoRefusal);
    }
    await app.init();
    // The demo's visits go through the services, so after the seed has committed the places.
    const visits = prepared.seeded ? await seedDemoVisits(visitWritersOf(app), demoVisits) : undefined;
    // Listening through Fastify directly: a busy port then surfaces only as our one-line message.
    await app.getHttpAdapter().getInstance().listen({ port: settings.PORT, host: settings.HOST });
    const applied = prepared.migrationsApplied.length;
    say(
      `listening on http://${settings.HOST}:${settings.PORT} (API docs at /docs; ` +
        `${applied} migration(s) applied${visits ? `, demo data loaded with ${visits.placed} visits` : ''})`,
    );
  } catch (error) {
    const line = describeStartupError(error, {
      port: settings?.PORT ?? 3000,
      databaseUrl: settings?.DATABASE_URL,
    });
    if (line) say(`cannot start: ${line}`);
    else {
      say('cannot start: unexpected error');
      process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
    }
    await stop(1);
  }
}

void main();
