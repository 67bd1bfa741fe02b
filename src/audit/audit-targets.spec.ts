import { auditTargets } from './audit-targets.js';

const visit = (reference: string) => ({
  reference,
  citizenName: 'Karen Jensen',
  adviser: { id: 'a1', name: 'Mette Sørensen' },
  station: { id: 's1', name: 'Skranke 1' },
});

describe('auditTargets', () => {
  it('takes the references of a list of visits and the location of the path', () => {
    expect(auditTargets({ location: 'MAIN' }, [visit('K7NP-A4TX'), visit('QR2M-9WZC')])).toEqual({
      bookings: ['K7NP-A4TX', 'QR2M-9WZC'],
      objects: ['MAIN'],
    });
  });

  it('finds the references of a day, a walk-in and cancelled bookings, without names', () => {
    expect(auditTargets({}, { date: '2026-11-25', visits: [visit('AAAA-BBBB')] }).bookings).toEqual([
      'AAAA-BBBB',
    ]);
    expect(auditTargets({}, { triage: { id: 't' }, visit: visit('CCCC-DDDD') }).bookings).toEqual([
      'CCCC-DDDD',
    ]);
    const changed = auditTargets(
      { id: 'b3c1' },
      { id: 'b3c1', cancelledBookings: [{ reference: 'EEEE-FFFF' }] },
    );
    expect(changed).toEqual({ bookings: ['EEEE-FFFF'], objects: ['b3c1'] });
    expect(JSON.stringify(auditTargets({}, visit('GGGG-HHHH')))).not.toContain('Karen');
  });

  it('adds the id of what was created, and copes with no answer at all', () => {
    expect(auditTargets({}, { id: 'new-id', cancelledBookings: [] })).toEqual({
      bookings: [],
      objects: ['new-id'],
    });
    expect(auditTargets({ id: 'x' }, undefined)).toEqual({ bookings: [], objects: ['x'] });
    expect(auditTargets(undefined, null)).toEqual({ bookings: [], objects: [] });
  });
});
