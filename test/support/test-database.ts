import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Set by the global set-up: the database holding the migrated, seeded schema to copy per test file. */
export const TEMPLATE_URL_ENV = 'TEST_TEMPLATE_DATABASE_URL';

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

export async function withAdminClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createDatabase(url: string, name: string, template?: string): Promise<string> {
  await withAdminClient(url, async (client) => {
    // Two copies of one template at the same moment can collide; retry briefly.
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE ${quote(name)}${template ? ` TEMPLATE ${quote(template)}` : ''}`);
        return;
      } catch (error) {
        if (attempt >= 20 || (error as { code?: string }).code !== '55006') throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  });
  return withDatabase(url, name);
}

export async function dropDatabase(url: string, name: string): Promise<void> {
  await withAdminClient(url, (client) => client.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`));
}

/** A fresh copy of the template for one test file. */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const templateUrl = process.env[TEMPLATE_URL_ENV];
  if (!templateUrl)
    throw new Error(`${TEMPLATE_URL_ENV} is not set: run the e2e tests through Jest's global set-up`);
  const name = `${databaseName(templateUrl)}_${randomBytes(4).toString('hex')}`;
  const url = await createDatabase(templateUrl, name, databaseName(templateUrl));
  return { url, drop: () => dropDatabase(templateUrl, name) };
}
