import type { AffectedBooking } from '../../../../bookings/bookings.errors.js';
import { checkCancelRequest, readCancelRequest, sameBookings, toAffectedView } from './affected-bookings.js';

const booking = (reference: string, start = '2026-12-01T10:00:00+01:00'): AffectedBooking => ({
  reference,
  start,
  location: 'NORD',
  errand: 'PAS_VOKSEN',
  status: 'booked',
});

describe('affected bookings', () => {
  it('reads the second submit only when it says so', () => {
    expect(readCancelRequest({ cancelReason: 'x' })).toBeUndefined();
    expect(
      readCancelRequest({
        step: 'aflys',
        confirmed: 'AB12-CD34, EF56-GH78,',
        cancelConfirm: 'ja',
        cancelReason: 'Syg',
      }),
    ).toEqual({ confirmed: ['AB12-CD34', 'EF56-GH78'], ticked: true, reason: 'Syg' });
    expect(readCancelRequest({ step: 'aflys' })).toEqual({ confirmed: [], ticked: false, reason: '' });
  });

  it('cancels only the very visits shown', () => {
    const hit = [booking('AB12-CD34'), booking('EF56-GH78')];
    expect(sameBookings(hit, ['EF56-GH78', 'AB12-CD34'])).toBe(true);
    expect(sameBookings(hit, ['AB12-CD34'])).toBe(false);
    expect(sameBookings([booking('AB12-CD34')], ['AB12-CD34', 'EF56-GH78'])).toBe(false);
    expect(sameBookings(hit, ['AB12-CD34', 'AB12-CD34'])).toBe(false);
  });

  it('needs a reason without a CPR number and the tick', async () => {
    const request = { confirmed: ['AB12-CD34'], ticked: false, reason: '  ' };
    expect(await checkCancelRequest(request, 'da')).toEqual({
      ok: false,
      errors: [
        { field: 'cancelReason', message: 'Skriv en begrundelse for aflysningen' },
        { field: 'cancelConfirm', message: 'Sæt kryds ved »Aflys dette besøg« for at aflyse' },
      ],
    });
    const cpr = await checkCancelRequest({ ...request, ticked: true, reason: 'Ring 010203-1234' }, 'en');
    expect(cpr).toEqual({
      ok: false,
      errors: [{ field: 'cancelReason', message: 'Write the reason without a CPR number' }],
    });
    const long = await checkCancelRequest({ ...request, ticked: true, reason: 'x'.repeat(201) }, 'en');
    expect(long.ok).toBe(false);
    expect(await checkCancelRequest({ ...request, ticked: true, reason: ' Vandskade ' }, 'da')).toEqual({
      ok: true,
      reason: 'Vandskade',
    });
  });

  it('lists the visits with their time in the place’s zone, the place and the errand by name', () => {
    const lookup = {
      place: (code: string) =>
        code === 'NORD' ? { name: 'Borgerservice Nord', timeZone: 'Europe/Copenhagen' } : undefined,
      errand: (code: string) => (code === 'PAS_VOKSEN' ? 'Pas til voksne' : undefined),
    };
    const other = { ...booking('EF56-GH78', '2026-12-02T09:15:00Z'), location: 'GONE', errand: 'OLD' };
    const view = toAffectedView(
      [booking('AB12-CD34'), other],
      lookup,
      'da',
      new Date('2026-11-25T08:00:00Z'),
    );
    expect(view).toEqual({
      count: 2,
      references: 'AB12-CD34,EF56-GH78',
      rows: [
        {
          reference: 'AB12-CD34',
          time: 'tirsdag 1. december kl. 10.00',
          place: 'Borgerservice Nord',
          errand: 'Pas til voksne',
        },
        { reference: 'EF56-GH78', time: 'onsdag 2. december kl. 10.15', place: 'GONE', errand: 'OLD' },
      ],
      reason: '',
      ticked: false,
    });
  });
});
