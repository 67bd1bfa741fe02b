import { BOOKING_STATUSES } from './entities/booking.entity.js';
import {
  CALLBACK_ACTIONS,
  inTime,
  nextStatus,
  possibleFrom,
  type StatusChange,
  statusUpdate,
  TRANSITIONS,
  VISIT_ACTIONS,
} from './booking-transitions.js';

describe('the transition table', () => {
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
    for (const final of ['completed', 'cancelled'] as const) {
      for (const action of VISIT_ACTIONS) expect(nextStatus(final, action)).toBeUndefined();
    }
  });

  it('leaves a no-show only by undoing it, back into the queue', () => {
    for (const action of VISIT_ACTIONS)
      expect(nextStatus('no_show', action)).toBe(action === 'undo_no_show' ? 'checked_in' : undefined);
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

const ZONE = 'Europe/Copenhagen';

describe('time rules', () => {
  const start = new Date('2026-12-03T09:00:00Z');

  it('marks nobody a no-show before their time has begun', () => {
    expect(inTime('no_show', start, new Date('2026-11-25T08:00:00Z'), ZONE)).toBe(false);
    expect(inTime('no_show', start, new Date('2026-12-03T08:59:59Z'), ZONE)).toBe(false);
    expect(inTime('no_show', start, start, ZONE)).toBe(true);
  });

  it('cancels only what has not begun', () => {
    expect(inTime('cancel', start, new Date('2026-12-03T08:59:59Z'), ZONE)).toBe(true);
    expect(inTime('cancel', start, start, ZONE)).toBe(false);
  });

  it('undoes a no-show on the visit’s own local day only', () => {
    // 09:00Z is 10:00 in Copenhagen; the local day ends at 23:00Z.
    expect(inTime('undo_no_show', start, new Date('2026-12-03T22:59:00Z'), ZONE)).toBe(true);
    expect(inTime('undo_no_show', start, new Date('2026-12-03T23:00:00Z'), ZONE)).toBe(false);
    expect(inTime('undo_no_show', start, new Date('2026-12-02T23:30:00Z'), ZONE)).toBe(true);
  });

  it('has no time rule for the steps of the day itself', () => {
    for (const action of ['check_in', 'call', 'start', 'complete'] as const)
      expect(inTime(action, start, new Date('2020-01-01T00:00:00Z'), ZONE)).toBe(true);
  });
});

describe('statusUpdate: the one UPDATE that changes statuses', () => {
  const now = new Date('2026-11-25T09:00:00Z');
  const ids = { ids: ['6c3b3c0e-6a4e-4f5c-9d1e-2b7a8c9d0e1f'] };
  const changes = {
    check_in: { action: 'check_in', queueDay: '2026-11-25' },
    call: { action: 'call' },
    start: { action: 'start' },
    complete: { action: 'complete', outcome: 'done_by_adviser', canDoAloneNextTime: false },
    no_show: { action: 'no_show' },
    undo_no_show: { action: 'undo_no_show', queueDay: '2026-11-25' },
    cancel: { action: 'cancel', reason: 'Aflyst', by: 'municipality' },
  } as const;

  it.each(VISIT_ACTIONS)(
    '%s leaves only the statuses the table allows, for the status the table names',
    (action) => {
      const { text, values } = statusUpdate(changes[action], ids, now);
      expect(text).toMatch(/^UPDATE bookings SET status = \$2, updated_at = \$1/);
      expect(values[1]).toBe(TRANSITIONS[action].to);
      expect(text).toMatch(/status = ANY\(\$\d+::text\[\]\)/);
      expect(values).toContainEqual([...TRANSITIONS[action].from]);
      expect(text.includes('sequence = sequence + 1')).toBe(TRANSITIONS[action].bumpsSequence);
    },
  );

  it('puts the time rules into the statement, against the same instant', () => {
    expect(statusUpdate(changes.no_show, ids, now).text).toContain('starts_at <= $1');
    expect(statusUpdate(changes.cancel, ids, now).text).toContain('starts_at > $1');
    expect(statusUpdate(changes.call, ids, now).text).not.toContain('starts_at');
    expect(statusUpdate(changes.undo_no_show, ids, now).text).toMatch(/AT TIME ZONE .*= .*AT TIME ZONE/s);
  });

  it('records what each step records', () => {
    expect(statusUpdate(changes.check_in, ids, now).text).toMatch(
      /checked_in_at = .*queue_day = .*queue_number = /s,
    );
    expect(statusUpdate(changes.complete, ids, now).values).toEqual(
      expect.arrayContaining(['done_by_adviser', false]),
    );
    expect(statusUpdate(changes.cancel, ids, now).values).toContain('Aflyst');
    expect(statusUpdate(changes.cancel, ids, now).text).toMatch(/cancelled_by = \$\d+/);
    expect(statusUpdate(changes.cancel, ids, now).values).toContain('municipality');
  });

  it('lets the sweep leave only the statuses it names, and only those the table allows', () => {
    const cutoff = new Date('2026-11-25T08:45:00Z');
    const { text, values } = statusUpdate(
      changes.no_show,
      { startedBefore: cutoff, onlyFrom: ['booked', 'completed'] },
      now,
    );
    expect(text).toContain('starts_at < $3');
    expect(values).toContainEqual(['booked']);
  });
});

describe('a callback’s steps', () => {
  const now = new Date('2026-11-25T09:00:00Z');
  const ids = { ids: ['6c3b3c0e-6a4e-4f5c-9d1e-2b7a8c9d0e1f'] };

  it('walks a callback from booking to its outcome, with one second try after no answer', () => {
    expect(nextStatus('booked', 'start_call')).toBe('in_progress');
    expect(nextStatus('in_progress', 'record_outcome')).toBe('completed');
    expect(nextStatus('in_progress', 'no_answer')).toBe('booked');
    expect(nextStatus('booked', 'no_answer_final')).toBe('completed');
    expect(nextStatus('completed', 'start_call')).toBeUndefined();
    expect(nextStatus('booked', 'record_outcome')).toBeUndefined();
    expect(nextStatus('cancelled', 'no_answer')).toBeUndefined();
  });

  it('keeps visit steps to visits and callback steps to callbacks, in the statement itself', () => {
    for (const action of CALLBACK_ACTIONS) {
      const change: StatusChange =
        action === 'record_outcome'
          ? { action, outcome: 'solved_on_phone', guidanceOption: null, phoneTriageId: null }
          : { action };
      expect(statusUpdate(change, ids, now).text).toContain('station_id IS NULL');
    }
    expect(statusUpdate({ action: 'no_show' }, ids, now).text).toContain('station_id IS NOT NULL');
    expect(statusUpdate({ action: 'start' }, ids, now).text).toContain('station_id IS NOT NULL');
    expect(statusUpdate({ action: 'cancel', reason: 'x', by: 'citizen' }, ids, now).text).not.toContain(
      'station_id',
    );
  });

  it('counts unanswered calls only from the attempts it expects', () => {
    const first = statusUpdate({ action: 'no_answer' }, ids, now);
    expect(first.text).toMatch(
      /call_attempts = \$\d+.*last_call_at = .*AND call_attempts = \$\d+ .*RETURNING id$/s,
    );
    expect(first.values).toEqual(expect.arrayContaining(['booked', 1, 0]));
    const second = statusUpdate({ action: 'no_answer_final' }, ids, now);
    expect(second.values).toEqual(expect.arrayContaining(['completed', 'no_answer', 2, 1]));
  });

  it('records the outcome and the guidance option', () => {
    const { values } = statusUpdate(
      {
        action: 'record_outcome',
        outcome: 'sent_to_self_service',
        guidanceOption: 'mitid-app',
        phoneTriageId: null,
      },
      ids,
      now,
    );
    expect(values).toEqual(expect.arrayContaining(['completed', 'sent_to_self_service', 'mitid-app']));
  });

  it('records the phone triage a call that needs a visit made', () => {
    const triage = '5c3d9a4e-0b1f-4c2d-9e8f-7a6b5c4d3e2f';
    const update = statusUpdate(
      { action: 'record_outcome', outcome: 'needs_visit', guidanceOption: null, phoneTriageId: triage },
      ids,
      now,
    );
    expect(update.text).toContain('phone_triage_id = $');
    expect(update.values).toEqual(expect.arrayContaining(['completed', 'needs_visit', triage]));
  });
});

describe('when a callback’s steps may happen', () => {
  // Wednesday 25 November 2026, 11:00 in Copenhagen (UTC+1).
  const start = new Date('2026-11-25T10:00:00Z');
  const at = (iso: string) => new Date(iso);

  it('starts a call on its own local day only, not the day before nor after', () => {
    expect(inTime('start_call', start, at('2026-11-24T22:59:00Z'), ZONE)).toBe(false);
    expect(inTime('start_call', start, at('2026-11-24T23:00:00Z'), ZONE)).toBe(true);
    expect(inTime('start_call', start, at('2026-11-25T22:59:00Z'), ZONE)).toBe(true);
    expect(inTime('start_call', start, at('2026-11-25T23:00:00Z'), ZONE)).toBe(false);
    expect(possibleFrom('start_call', { startsAt: start }, at('2026-11-24T12:00:00Z'), ZONE)).toEqual(
      at('2026-11-24T23:00:00Z'),
    );
    expect(possibleFrom('start_call', { startsAt: start }, at('2026-11-26T08:00:00Z'), ZONE)).toBeNull();
  });

  it('marks no answer only from the booked time', () => {
    for (const action of ['no_answer', 'no_answer_final'] as const) {
      expect(inTime(action, start, at('2026-11-25T09:59:59Z'), ZONE)).toBe(false);
      expect(inTime(action, start, start, ZONE)).toBe(true);
    }
    expect(possibleFrom('no_answer', { startsAt: start }, at('2026-11-24T12:00:00Z'), ZONE)).toEqual(start);
  });

  it('tries the second time 10 minutes after the first at the earliest', () => {
    const lastCallAt = at('2026-11-25T10:05:00Z');
    expect(possibleFrom('no_answer_final', { startsAt: start, lastCallAt }, lastCallAt, ZONE)).toEqual(
      at('2026-11-25T10:15:00Z'),
    );
    const later = at('2026-11-25T10:20:00Z');
    expect(possibleFrom('no_answer_final', { startsAt: start, lastCallAt }, later, ZONE)).toEqual(later);
  });

  it('checks the second try’s wait in the UPDATE itself', () => {
    const now = at('2026-11-25T10:20:00Z');
    const { text, values } = statusUpdate({ action: 'no_answer_final' }, { ids: ['x'] }, now);
    expect(text).toMatch(/\(last_call_at IS NULL OR last_call_at <= \$(\d+)\)/);
    const index = Number(/last_call_at <= \$(\d+)/.exec(text)![1]) - 1;
    expect(values[index]).toEqual(at('2026-11-25T10:10:00Z'));
    expect(text).toContain('starts_at <= $1');
    expect(statusUpdate({ action: 'no_answer' }, { ids: ['x'] }, now).text).not.toContain('last_call_at <=');
    expect(statusUpdate({ action: 'start_call' }, { ids: ['x'] }, now).text).toMatch(/AT TIME ZONE/);
  });
});
