import request from 'supertest';
import { createTestApp, type TestApp } from './support/test-app.js';

const errorShape = (statusCode: number, code: string) => ({
  statusCode,
  code,
  message: expect.any(String) as string,
});

describe('HTTP conventions shared by every endpoint', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers an unknown route with 404 in the error shape', async () => {
    const res = await request(t.http).get('/no/such/thing').expect(404);
    expect(res.body).toEqual(errorShape(404, 'NOT_FOUND'));
  });

  it('answers malformed JSON with 400 MALFORMED_REQUEST', async () => {
    const res = await request(t.http)
      .post('/triage')
      .set('Content-Type', 'application/json')
      .send('{"errand": "FLYT",')
      .expect(400);
    expect(res.body).toEqual(errorShape(400, 'MALFORMED_REQUEST'));
  });

  it('answers an empty JSON body with 400', async () => {
    const res = await request(t.http)
      .post('/triage')
      .set('Content-Type', 'application/json')
      .send('')
      .expect(400);
    expect(res.body.code).toBe('MALFORMED_REQUEST');
  });

  it('answers a wrong content type with 415', async () => {
    const res = await request(t.http)
      .post('/triage')
      .set('Content-Type', 'text/xml')
      .send('<errand/>')
      .expect(415);
    expect(res.body).toEqual(errorShape(415, 'UNSUPPORTED_MEDIA_TYPE'));
  });

  it('answers an oversized body with 413', async () => {
    const huge = JSON.stringify({ errand: 'FLYT', answers: { padding: 'x'.repeat(200_000) } });
    const res = await request(t.http)
      .post('/triage')
      .set('Content-Type', 'application/json')
      .send(huge)
      .expect(413);
    expect(res.body).toEqual(errorShape(413, 'PAYLOAD_TOO_LARGE'));
  });

  it('refuses prototype poisoning in JSON bodies', async () => {
    const res = await request(t.http)
      .post('/triage')
      .set('Content-Type', 'application/json')
      .send('{"errand":"FLYT","answers":{"__proto__":{"has_mitid":true}}}');
    expect(res.status).toBe(400);
    expect(res.body.statusCode).toBe(400);
  });

  it('answers a wrong method with the error shape', async () => {
    const res = await request(t.http).delete('/errands').expect(404);
    expect(res.body.code).toBe('NOT_FOUND');
  });

  it('speaks Danish by default and English on request', async () => {
    const da = await request(t.http).get('/errands/NOPE').expect(404);
    const en = await request(t.http)
      .get('/errands/NOPE')
      .set('Accept-Language', 'en-GB,en;q=0.9')
      .expect(404);
    expect(da.body.message).toBe('Ærindet "NOPE" findes ikke.');
    expect(en.body.message).toBe('There is no errand "NOPE".');
  });

  it('serves the OpenAPI document with every endpoint', async () => {
    const res = await request(t.http).get('/docs/json').expect(200);
    expect(Object.keys(res.body.paths as object).sort()).toEqual([
      '/admin/absences',
      '/admin/absences/{id}',
      '/admin/absences/{id}/cancel-visits',
      '/admin/absences/{id}/move-visits',
      '/admin/advisers',
      '/admin/advisers/{id}',
      '/admin/advisers/{id}/absences',
      '/admin/advisers/{id}/working-times',
      '/admin/audit',
      '/admin/catalog',
      '/admin/closures',
      '/admin/closures/{id}',
      '/admin/errands',
      '/admin/errands/{code}',
      '/admin/errands/{code}/preview',
      '/admin/errands/{code}/versions',
      '/admin/errands/{code}/versions/{version}',
      '/admin/locations',
      '/admin/locations/{location}',
      '/admin/locations/{location}/opening-hours',
      '/admin/locations/{location}/stations',
      '/admin/staff',
      '/admin/staff/{id}',
      '/admin/staff/{id}/password-reset',
      '/admin/stations/{id}',
      '/advisers/me/calendar-token',
      '/advisers/me/call-next',
      '/advisers/me/day',
      '/auth/login',
      '/auth/me',
      '/auth/password',
      '/availability',
      '/bookings',
      '/bookings/challenge',
      '/bookings/{reference}',
      '/bookings/{reference}/calendar.ics',
      '/bookings/{reference}/cancel',
      '/bookings/{reference}/reschedule',
      '/calendars/{owner}/{file}',
      '/errands',
      '/errands/{code}',
      '/health',
      '/hotline/callbacks/{reference}/cancel',
      '/hotline/callbacks/{reference}/move',
      '/hotline/callbacks/{reference}/no-answer',
      '/hotline/callbacks/{reference}/outcome',
      '/hotline/callbacks/{reference}/start',
      '/hotline/{location}/callbacks',
      '/locations',
      '/locations/{location}/calendar-token',
      '/locations/{location}/queue',
      '/reception/bookings/{reference}',
      '/reception/bookings/{reference}/cancel',
      '/reception/bookings/{reference}/free-times',
      '/reception/bookings/{reference}/reschedule',
      '/reception/check-ins',
      '/reception/walk-ins',
      '/reception/walk-ins/later',
      '/reception/{location}/arrivals',
      '/reception/{location}/bookings',
      '/stats/capacity',
      '/stats/capacity.csv',
      '/stats/self-service',
      '/stats/self-service.csv',
      '/stats/visits',
      '/stats/visits.csv',
      '/stats/waiting',
      '/stats/waiting.csv',
      '/triage',
      '/triage/{id}',
      '/triage/{id}/self-service-tried',
      '/visits/{reference}/call',
      '/visits/{reference}/complete',
      '/visits/{reference}/no-show',
      '/visits/{reference}/start',
      '/visits/{reference}/undo-no-show',
    ]);
    expect(res.body.components.schemas).toHaveProperty('ErrorResponse');
  });

  it('serves the OpenAPI UI at /docs', async () => {
    const res = await request(t.http).get('/docs').redirects(1).expect(200);
    expect(res.text).toContain('swagger-ui');
  });
});
