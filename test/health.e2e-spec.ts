import request from 'supertest';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('GET /health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers 200 when the database answers', async () => {
    const res = await request(t.http).get('/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', database: 'up' });
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps a sane request id given by the caller', async () => {
    const res = await request(t.http).get('/health').set('X-Request-Id', 'proxy-123').expect(200);
    expect(res.headers['x-request-id']).toBe('proxy-123');
  });
});

describe('GET /health without a database', () => {
  it('answers 503 DATABASE_UNAVAILABLE when the database is gone', async () => {
    const t = await createTestApp();
    try {
      await t.dataSource.query('SELECT 1');
      await t.dropDatabase();
      const res = await request(t.http).get('/health').expect(503);
      expect(res.body).toEqual({
        statusCode: 503,
        code: 'DATABASE_UNAVAILABLE',
        message: 'Databasen svarer ikke.',
      });
    } finally {
      await t.close();
    }
  });
});
