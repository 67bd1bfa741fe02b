import { pickerWindow } from './picker-window.js';

describe('pickerWindow', () => {
  it('shows two weeks from today', () => {
    expect(pickerWindow('2026-12-07', 60)).toEqual({
      from: '2026-12-07',
      to: '2026-12-20',
      later: '2026-12-21',
    });
  });

  it('shows the two weeks that hold the asked day', () => {
    expect(pickerWindow('2026-12-07', 60, '2026-12-24')).toEqual({
      from: '2026-12-21',
      to: '2027-01-03',
      earlier: '2026-12-07',
      later: '2027-01-04',
    });
  });

  it('ends at the booking horizon', () => {
    expect(pickerWindow('2026-12-07', 20, '2026-12-27')).toEqual({
      from: '2026-12-21',
      to: '2026-12-27',
      earlier: '2026-12-07',
    });
    expect(pickerWindow('2026-12-07', 5)).toEqual({ from: '2026-12-07', to: '2026-12-12' });
  });

  it('ignores a day before today or past the horizon', () => {
    expect(pickerWindow('2026-12-07', 60, '2026-12-01').from).toBe('2026-12-07');
    expect(pickerWindow('2026-12-07', 60, '2027-06-01').from).toBe('2026-12-07');
  });
});
