import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import Module from 'node:module';
import { createServer } from 'node:net';

type Resolve = (request: string, parent: { filename?: string } | undefined, ...rest: unknown[]) => string;

/**
 * Jest loads the global set-up through a CommonJS require hook that ignores moduleNameMapper, so
 * the ESM-style `./x.js` specifiers of our TypeScript sources are mapped to `./x.ts` here.
 */
function resolveTypeScriptSources(): void {
  const internals = Module as unknown as { _resolveFilename: Resolve };
  const original = internals._resolveFilename;
  internals._resolveFilename = function (request, parent, ...rest) {
    if (request.startsWith('.') && request.endsWith('.js')) {
      try {
        return original.call(this, request.replace(/\.js$/, '.ts'), parent, ...rest);
      } catch {
        // not one of ours: resolve as given
      }
    }
    return original.call(this, request, parent, ...rest);
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * One PostgreSQL for the run: the server in TEST_DATABASE_URL when given (CI points it at the
 * machine's PostgreSQL), otherwise an embedded one on a free port with a throw-away data directory.
 * A template database gets the migrations and the demo data once; each test file copies it.
 */
export default async function globalSetup(): Promise<void> {
  resolveTypeScriptSources();
  const { startEmbeddedPostgres } = await import('../../src/database/embedded-postgres.js');
  const { createDatabase, dropDatabase, TEMPLATE_URL_ENV } = await import('./test-database.js');
  const { prepareTemplate } = await import('./prepare-template.js');

  let serverUrl = process.env.TEST_DATABASE_URL;
  const cleanups: (() => Promise<void>)[] = [];
  if (!serverUrl) {
    const dataDir = `.data/test-${process.pid}-${randomBytes(3).toString('hex')}`;
    const embedded = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'postgres' });
    serverUrl = embedded.url;
    cleanups.push(async () => {
      await embedded.stop();
      await rm(dataDir, { recursive: true, force: true });
      await rm(`${dataDir}.password`, { force: true });
    });
  }

  const template = `borgerservice_test_${process.pid}_${randomBytes(3).toString('hex')}`;
  const templateUrl = await createDatabase(serverUrl, template);
  const server = serverUrl;
  cleanups.unshift(() => dropDatabase(server, template));
  (globalThis as { __dbCleanups?: (() => Promise<void>)[] }).__dbCleanups = cleanups;

  await prepareTemplate(templateUrl);
  process.env[TEMPLATE_URL_ENV] = templateUrl;
}
