import { pickerDay, pickerWindow } from './picker-window.js';

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

  it('treats a date that does not exist as no date (it used to answer 500)', () => {
    for (const day of ['2026-12-32', '2026-12-00', '2026-12-99', '2026-02-30'])
      expect(pickerWindow('2026-12-07', 60, day)).toEqual(pickerWindow('2026-12-07', 60));
  });
});

describe('pickerDay', () => {
  it('accepts real calendar dates only', () => {
    expect(pickerDay('2026-12-24')).toBe('2026-12-24');
    expect(pickerDay('2028-02-29')).toBe('2028-02-29');
    for (const value of ['2026-12-32', '2027-02-29', '2026-1-1', '99999-01-01', ['2026-12-24'], 20261224])
      expect(pickerDay(value)).toBeUndefined();
  });
});
