import {
  formatCount,
  formatDay,
  formatHours,
  formatMinutes,
  formatPercent,
  formatTarget,
  shortDay,
} from './stats-format.js';

describe('numbers on the statistics page', () => {
  it('writes Danish numbers with a decimal comma and a space before the per cent sign', () => {
    expect(formatPercent(42.1, 'da')).toBe('42,1 %');
    expect(formatPercent(100, 'da')).toBe('100,0 %');
    expect(formatTarget(50, 'da')).toBe('50 %');
    expect(formatCount(12345, 'da')).toBe('12.345');
    expect(formatMinutes(12.25, 'da')).toBe('12,3 min.');
    expect(formatHours(450, 'da')).toBe('7,5 t.');
  });

  it('writes English numbers with a decimal point', () => {
    expect(formatPercent(42.1, 'en')).toBe('42.1%');
    expect(formatCount(12345, 'en')).toBe('12,345');
    expect(formatMinutes(8, 'en')).toBe('8.0 min');
  });

  it('shows a dash where there was nothing to divide by, never 0', () => {
    expect(formatPercent(null, 'da')).toBe('–');
    expect(formatMinutes(null, 'en')).toBe('–');
  });

  it('names days as people read them', () => {
    expect(formatDay('2026-12-08', 'da')).toBe('tirsdag 8. december 2026');
    expect(formatDay('2026-12-08', 'en')).toBe('Tuesday 8 December 2026');
    expect(shortDay('2026-12-08', 'da')).toBe('8/12');
  });
});
