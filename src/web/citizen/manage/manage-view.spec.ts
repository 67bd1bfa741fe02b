import { toBookingForPeople, type BookingRecord } from '../receipt/booking-view.js';
import { checkCancelReason } from './cancel-form.js';
import { manageActionPaths, toManageView } from './manage-view.js';

const NOW = new Date('2026-11-25T08:00:00Z');
const RECORD: BookingRecord = {
  reference: 'K7NPA4TX',
  status: 'booked',
  startsAt: new Date('2026-12-08T09:15:00Z'),
  stationId: 'station-1',
  citizenName: 'Karen',
  citizenEmail: null,
  citizenPhone: '12345678',
  location: { code: 'MAIN', name: 'Borgerservice', address: 'Torvegade 8', timeZone: 'Europe/Copenhagen' },
  errand: {
    code: 'PAS_VOKSEN',
    name: { da: 'Nyt pas', en: 'New passport' },
    documents: { da: [], en: [] },
    fee: { da: '727 kr.', en: 'DKK 727' },
  },
};
const booking = (status = 'booked') => toBookingForPeople({ ...RECORD, status }, 'tok', 'da', NOW);

describe('the manage page', () => {
  it('offers moving and cancelling while the visit is ahead, with the token in the query', () => {
    expect(toManageView(booking(), 'tok', undefined, 'da')).toEqual({
      t: expect.anything(),
      message: undefined,
      actions: { change: '/min-tid/K7NP-A4TX/flyt?token=tok', cancel: '/min-tid/K7NP-A4TX/aflys?token=tok' },
    });
    expect(toManageView(booking('cancelled'), 'tok', undefined, 'da').actions).toBeUndefined();
    expect(toManageView(booking('completed'), 'tok', undefined, 'da').actions).toBeUndefined();
  });

  it('confirms the last change once, and only for the messages it knows', () => {
    expect(toManageView(booking(), 'tok', 'flyttet', 'da').message).toBe('Din tid er flyttet');
    expect(toManageView(booking('cancelled'), 'tok', 'aflyst', 'en').message).toBe(
      'Your appointment has been cancelled',
    );
    expect(toManageView(booking(), 'tok', '<script>', 'da').message).toBeUndefined();
  });

  it('keeps the token out of the path and in the query string', () => {
    expect(manageActionPaths('K7NP-A4TX', 'a b')).toEqual({
      manage: '/min-tid/K7NP-A4TX?token=a+b',
      change: '/min-tid/K7NP-A4TX/flyt?token=a+b',
      cancel: '/min-tid/K7NP-A4TX/aflys?token=a+b',
    });
  });
});

describe('the cancel reason, by the API’s rules', () => {
  it('is optional and trimmed', async () => {
    await expect(checkCancelReason(undefined)).resolves.toEqual({ ok: true, reason: undefined });
    await expect(checkCancelReason('   ')).resolves.toEqual({ ok: true, reason: undefined });
    await expect(checkCancelReason(' Jeg er syg ')).resolves.toEqual({ ok: true, reason: 'Jeg er syg' });
  });

  it('refuses a CPR number and more than 500 characters', async () => {
    await expect(checkCancelReason('mit cpr 010190-1234')).resolves.toEqual({
      ok: false,
      problem: 'reasonCpr',
    });
    await expect(checkCancelReason('x'.repeat(501))).resolves.toEqual({
      ok: false,
      problem: 'reasonTooLong',
    });
  });
});
