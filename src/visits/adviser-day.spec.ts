import { workingDay } from './adviser-day.js';

const at = (time: string) => new Date(`2026-12-01T${time}:00+01:00`);
const MAIN = { id: 'main', code: 'MAIN', name: 'Borgerservice Ebeltoft', timeZone: 'Europe/Copenhagen' };
const LIB = { id: 'lib', code: 'LIBRARY', name: 'Biblioteket', timeZone: 'Europe/Copenhagen' };
const DAY = { from: new Date('2026-12-01T00:00:00+01:00'), to: new Date('2026-12-02T00:00:00+01:00') };
const shift = (location: typeof MAIN, from: string, to: string) => ({
  location,
  starts: at(from),
  ends: at(to),
});
const hhmm = (d: Date) => d.toISOString().slice(11, 16);

describe('workingDay', () => {
  it('keeps a shift with no absence and no closure as it is', () => {
    const day = workingDay([shift(MAIN, '09:30', '14:30')], [], new Map(), DAY);
    expect(day.workingTime.map((p) => [hhmm(p.starts), hhmm(p.ends)])).toEqual([['08:30', '13:30']]);
    expect(day).toMatchObject({ away: [], closed: [] });
  });

  it('cuts an absence out of a shift, and says so', () => {
    const course = { starts: at('11:00'), ends: at('12:00'), reason: 'Kursus' };
    const day = workingDay([shift(MAIN, '09:30', '14:30')], [course], new Map(), DAY);
    expect(day.workingTime.map((p) => [hhmm(p.starts), hhmm(p.ends)])).toEqual([
      ['08:30', '10:00'],
      ['11:00', '13:30'],
    ]);
    expect(day.away).toEqual([course]);
  });

  it('has no working time on a day off, clipping the absence to the day', () => {
    const sick = {
      starts: new Date('2026-11-30T00:00:00+01:00'),
      ends: new Date('2026-12-03T00:00:00+01:00'),
      reason: 'Sygdom',
    };
    const day = workingDay([shift(MAIN, '09:30', '14:30')], [sick], new Map(), DAY);
    expect(day.workingTime).toEqual([]);
    expect(day.away).toEqual([{ reason: 'Sygdom', starts: DAY.from, ends: DAY.to }]);
  });

  it('drops shifts at a closed location and names the closure, keeping the others', () => {
    const day = workingDay(
      [shift(MAIN, '09:30', '12:00'), shift(LIB, '13:00', '16:00')],
      [],
      new Map([['main', 'Personaledag']]),
      DAY,
    );
    expect(day.workingTime.map((p) => p.location.code)).toEqual(['LIBRARY']);
    expect(day.closed).toEqual([{ location: MAIN, reason: 'Personaledag' }]);
  });
});
