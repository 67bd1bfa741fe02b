import pg, { type Pool, type QueryResultRow } from 'pg';
import { type DataSource, QueryFailedError } from 'typeorm';

/**
 * Runs a hot query as a named prepared statement on TypeORM's own connection pool, so PostgreSQL
 * parses and plans it once per connection (the availability query took longer to plan than to run).
 */
export async function preparedQuery<T extends QueryResultRow>(
  dataSource: DataSource,
  name: string,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  return (await pool.query<T>({ name, text, values })).rows;
}

export interface PostgresErrorInfo {
  code?: string;
  constraint?: string;
}

/** SQLSTATE and constraint of a failed query, whether it came through TypeORM or straight from pg. */
export function postgresError(error: unknown): PostgresErrorInfo | undefined {
  const source: unknown = error instanceof QueryFailedError ? error.driverError : error;
  if (!(source instanceof pg.DatabaseError)) return undefined;
  return { code: source.code, constraint: source.constraint };
}
