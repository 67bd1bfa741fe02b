import { chooseHandover, lostToConcurrentChange } from './visit-handover.js';

const busy = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('chooseHandover', () => {
  const plan = {
    stations: [
      { id: 's1', busy: busy(3) },
      { id: 's2', busy: busy(1) },
      { id: 's3', busy: busy(0) },
    ],
    advisers: [
      { id: 'absent', busy: busy(0) },
      { id: 'bo', busy: busy(4) },
      { id: 'cai', busy: busy(2) },
      { id: 'dan', busy: busy(2) },
    ],
  };
  const booking = { stationId: 's1', adviserId: 'absent' };

  it('keeps the visit at its own station when that is free, with the least busy colleague', () => {
    const slot = { stationIds: ['s1', 's3'], adviserIds: ['bo', 'dan', 'cai'] };
    expect(chooseHandover(booking, { plan, slot })).toEqual({ stationId: 's1', adviserId: 'cai' });
  });

  it('hands a callback to the least busy free hotline adviser, still without a station', () => {
    const callback = { stationId: null, adviserId: 'absent' };
    const slot = { stationIds: [], adviserIds: ['absent', 'bo', 'dan'] };
    expect(chooseHandover(callback, { plan: { ...plan, stations: [] }, slot })).toEqual({
      stationId: null,
      adviserId: 'dan',
    });
    expect(
      chooseHandover(callback, { plan, slot: { stationIds: [], adviserIds: ['absent'] } }),
    ).toBeUndefined();
  });

  it('takes the least busy free station when its own is not free any more', () => {
    const slot = { stationIds: ['s2', 's3'], adviserIds: ['bo'] };
    expect(chooseHandover(booking, { plan, slot })).toEqual({ stationId: 's3', adviserId: 'bo' });
  });

  it('never hands the visit back to the adviser it is with', () => {
    const slot = { stationIds: ['s1'], adviserIds: ['absent'] };
    expect(chooseHandover(booking, { plan, slot })).toBeUndefined();
  });

  it('finds nothing without a free colleague or a free station', () => {
    expect(chooseHandover(booking, { plan, slot: { stationIds: ['s1'], adviserIds: [] } })).toBeUndefined();
    expect(chooseHandover(booking, { plan, slot: { stationIds: [], adviserIds: ['bo'] } })).toBeUndefined();
  });
});

describe('lostToConcurrentChange', () => {
  it('is a lost race on the exclusion constraints or a broken deadlock, nothing else', () => {
    expect(lostToConcurrentChange({ code: '23P01', constraint: 'ex_bookings_adviser_overlap' })).toBe(true);
    expect(lostToConcurrentChange({ code: '23P01', constraint: 'ex_bookings_station_overlap' })).toBe(true);
    expect(lostToConcurrentChange({ code: '40P01' })).toBe(true);
    expect(lostToConcurrentChange({ code: '23505', constraint: 'uq_bookings_reference' })).toBe(false);
    expect(lostToConcurrentChange(undefined)).toBe(false);
  });
});
