import type { GuardedResult } from '../../../../bookings/booking-guard.service.js';
import { type AffectedBooking, ChangeAffectsBookingsError } from '../../../../bookings/bookings.errors.js';
import { guardedChange } from './guarded-change.js';

const HIT: AffectedBooking = {
  reference: 'AB12-CD34',
  start: '2026-12-01T10:00:00+01:00',
  location: 'NORD',
  errand: 'PAS_VOKSEN',
  status: 'booked',
};

/** A change as BookingGuardService answers it: refused while it hits `hit`, unless cancelling. */
function change(hit: AffectedBooking[]) {
  const calls: ({ reason: string } | undefined)[] = [];
  const run = (cancel?: { reason: string }): Promise<GuardedResult<string>> => {
    calls.push(cancel);
    if (hit.length > 0 && !cancel) return Promise.reject(new ChangeAffectsBookingsError(hit));
    return Promise.resolve({ result: 'id', cancelled: cancel ? hit : [] });
  };
  return { run, calls };
}

describe('guardedChange', () => {
  it('saves a change that hits nothing, with or without a second submit', async () => {
    const { run, calls } = change([]);
    expect(await guardedChange(run, undefined, 'da')).toEqual({
      done: true,
      result: { result: 'id', cancelled: [] },
    });
    const request = { confirmed: ['AB12-CD34'], ticked: false, reason: '' };
    expect((await guardedChange(run, request, 'da')).done).toBe(true);
    expect(calls).toEqual([undefined, undefined]);
  });

  it('shows the visits hit on a first submit, and changes nothing', async () => {
    const { run, calls } = change([HIT]);
    expect(await guardedChange(run, undefined, 'da')).toEqual({ done: false, affected: [HIT], errors: [] });
    expect(calls).toEqual([undefined]);
  });

  it('cancels them with the reason when the admin ticked and wrote one for the same visits', async () => {
    const { run, calls } = change([HIT]);
    const outcome = await guardedChange(
      run,
      { confirmed: ['AB12-CD34'], ticked: true, reason: ' Vandskade ' },
      'da',
    );
    expect(outcome).toEqual({ done: true, result: { result: 'id', cancelled: [HIT] } });
    expect(calls).toEqual([undefined, { reason: 'Vandskade' }]);
  });

  it('cancels nothing when the tick or the reason is missing, or the list has changed', async () => {
    const { run, calls } = change([HIT]);
    const missing = await guardedChange(run, { confirmed: ['AB12-CD34'], ticked: false, reason: 'x' }, 'en');
    expect(missing).toMatchObject({ done: false, affected: [HIT], errors: [{ field: 'cancelConfirm' }] });
    const changed = await guardedChange(run, { confirmed: ['ZZ99-ZZ99'], ticked: true, reason: 'x' }, 'en');
    expect(changed).toMatchObject({
      done: false,
      errors: [
        {
          field: 'cancelConfirm',
          message: 'The list of visits hit has changed. Look at it again before cancelling.',
        },
      ],
      request: { ticked: false },
    });
    expect(calls).toEqual([undefined, undefined]);
  });

  it('lets other errors through', async () => {
    const failing = () => Promise.reject(new Error('database'));
    await expect(guardedChange(failing, undefined, 'da')).rejects.toThrow('database');
  });
});
