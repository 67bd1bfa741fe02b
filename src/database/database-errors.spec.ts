import pg from 'pg';
import { QueryFailedError } from 'typeorm';
import { databaseUnavailableReason, markAsDatabaseError } from './database-errors.js';

function databaseError(code: string, message = 'message'): pg.DatabaseError {
  const error = new pg.DatabaseError(message, message.length, 'error');
  error.code = code;
  return error;
}

const systemError = (code: string, syscall = 'connect') =>
  Object.assign(new Error(`${syscall} ${code}`), { code, syscall });

describe('databaseUnavailableReason', () => {
  it.each([
    ['08006', 'connection failure'],
    ['57P01', 'terminating connection due to administrator command'],
    ['57P03', 'the database system is starting up'],
    ['57014', 'canceling statement due to statement timeout'],
    ['53300', 'sorry, too many clients already'],
    ['3D000', 'database "x" does not exist'],
    ['28P01', 'password authentication failed'],
  ])('counts SQLSTATE %s (%s) as the database being unavailable', (code, message) => {
    expect(databaseUnavailableReason(databaseError(code, message))).toBe(`${code} ${message}`);
  });

  it.each([
    ['23505', 'a unique violation'],
    ['22P02', 'invalid input syntax'],
    ['42P01', 'undefined table: a bug'],
  ])('does not count SQLSTATE %s (%s): the request or the code is at fault', (code) => {
    expect(databaseUnavailableReason(databaseError(code))).toBeUndefined();
  });

  it('looks inside TypeORM query errors', () => {
    const failed = new QueryFailedError('SELECT 1', [], databaseError('57P01', 'shutting down'));
    expect(databaseUnavailableReason(failed)).toBe('57P01 shutting down');
    expect(databaseUnavailableReason(new QueryFailedError('SELECT 1', [], databaseError('23505')))).toBe(
      undefined,
    );
  });

  it.each([
    'timeout exceeded when trying to connect',
    'Connection terminated unexpectedly',
    'Connection terminated due to connection timeout',
    'Query read timeout',
    'Client has encountered a connection error and is not queryable',
  ])('counts what node-postgres and pg-pool say when the server is gone: %s', (message) => {
    expect(databaseUnavailableReason(new Error(message))).toBe(message);
  });

  it('counts socket errors only when they came from the database client', () => {
    expect(databaseUnavailableReason(systemError('ECONNREFUSED'))).toBeUndefined();
    expect(databaseUnavailableReason(markAsDatabaseError(systemError('ECONNREFUSED')))).toMatch(
      /^ECONNREFUSED/,
    );
    const failedQuery = new QueryFailedError('SELECT 1', [], systemError('ECONNRESET', 'read'));
    expect(databaseUnavailableReason(failedQuery)).toMatch(/^ECONNRESET/);
  });

  it('counts a missing Unix socket of a stopped server, but not any missing file', () => {
    expect(databaseUnavailableReason(markAsDatabaseError(systemError('ENOENT')))).toMatch(/^ENOENT/);
    expect(databaseUnavailableReason(markAsDatabaseError(systemError('ENOENT', 'open')))).toBeUndefined();
  });

  it('looks through causes and aggregated errors (IPv6 and IPv4 both refused)', () => {
    const both = markAsDatabaseError(new AggregateError([systemError('ECONNREFUSED')], 'all failed'));
    expect(databaseUnavailableReason(both)).toMatch(/^ECONNREFUSED/);
    const wrapped = new Error('Connection terminated due to connection timeout', {
      cause: new Error('Connection terminated unexpectedly'),
    });
    expect(databaseUnavailableReason(wrapped)).toBe('Connection terminated due to connection timeout');
    expect(databaseUnavailableReason(new Error('outer', { cause: databaseError('57P03', 'starting') }))).toBe(
      '57P03 starting',
    );
  });

  it('ignores everything else', () => {
    for (const value of [undefined, null, 'text', 42, new Error('boom'), new TypeError('x is undefined')])
      expect(databaseUnavailableReason(value)).toBeUndefined();
  });
});
