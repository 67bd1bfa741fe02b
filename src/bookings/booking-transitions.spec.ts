import { BOOKING_STATUSES } from './entities/booking.entity.js';
import { nextStatus, VISIT_ACTIONS } from './booking-transitions.js';

describe('visit lifecycle', () => {
  it('walks a visit from booking to completion', () => {
    let status = nextStatus('booked', 'check_in')!;
    expect(status).toBe('checked_in');
    status = nextStatus(status, 'call')!;
    expect(status).toBe('called');
    status = nextStatus(status, 'start')!;
    expect(status).toBe('in_progress');
    expect(nextStatus(status, 'complete')).toBe('completed');
  });

  it('allows calling again and starting without a call', () => {
    expect(nextStatus('called', 'call')).toBe('called');
    expect(nextStatus('checked_in', 'start')).toBe('in_progress');
  });

  it('never leaves a final status', () => {
    for (const final of ['completed', 'no_show', 'cancelled'] as const) {
      for (const action of VISIT_ACTIONS) expect(nextStatus(final, action)).toBeUndefined();
    }
  });

  it('refuses skipping steps', () => {
    expect(nextStatus('booked', 'complete')).toBeUndefined();
    expect(nextStatus('booked', 'call')).toBeUndefined();
    expect(nextStatus('in_progress', 'no_show')).toBeUndefined();
    expect(nextStatus('checked_in', 'check_in')).toBeUndefined();
  });

  it('has an answer for every status and action', () => {
    for (const status of BOOKING_STATUSES) {
      for (const action of VISIT_ACTIONS) {
        const next = nextStatus(status, action);
        if (next !== undefined) expect(BOOKING_STATUSES).toContain(next);
      }
    }
  });
});
