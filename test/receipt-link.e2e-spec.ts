import request from 'supertest';
import { BROWSER_ACCEPT, givenPassportOffice, NOW, TUESDAY } from './support/booking-pages.js';
import { book } from './support/bookings.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/*
 * The manage link on the receipt is the one a citizen keeps: with PUBLIC_BASE_URL it is built from
 * that, never from the Host header a request brings.
 */
describe('the manage link on the receipt', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ now: NOW, env: { PUBLIC_BASE_URL: 'https://book.kommune.example' } });
    await givenPassportOffice(t, 'MAIN');
  });
  afterAll(() => t.close());

  it('starts with PUBLIC_BASE_URL whatever Host the request names', async () => {
    const booked = await book(t, { location: 'MAIN', date: TUESDAY });
    const receipt = await request(t.http)
      .get(`/kvittering/${booked.reference}?token=${booked.manageToken}`)
      .set('Host', 'evil.example')
      .set('Accept', BROWSER_ACCEPT)
      .expect(200);
    expect(receipt.text).toContain(
      `https://book.kommune.example/min-tid/${booked.reference}?token=${booked.manageToken}`,
    );
    expect(receipt.text).not.toContain('evil.example');
  });
});
