import { overlappingRows, rowsOn, type TimedWeeklyRow } from './weekly-rules.js';

const row = (
  weekday: number,
  from: string,
  to: string,
  validFrom: string | null = null,
  validTo: string | null = null,
) => ({ weekday, from, to, validFrom, validTo }) satisfies TimedWeeklyRow;

describe('overlappingRows', () => {
  it('finds two rows of one weekday whose hours overlap', () => {
    expect(overlappingRows([row(1, '10:00', '14:00'), row(1, '13:00', '17:00')])).toEqual([[0, 1]]);
  });

  it('lets rows touch, and lets other weekdays overlap', () => {
    expect(
      overlappingRows([row(1, '10:00', '12:00'), row(1, '12:00', '14:00'), row(2, '11:00', '13:00')]),
    ).toEqual([]);
  });

  it('never pairs a period row with an open-ended row (the period replaces it)', () => {
    expect(
      overlappingRows([row(1, '10:00', '14:00'), row(1, '10:00', '13:00', '2027-07-01', '2027-08-14')]),
    ).toEqual([]);
  });

  it('pairs period rows only when their periods meet', () => {
    const summer = row(1, '10:00', '13:00', '2027-07-01', '2027-08-14');
    expect(overlappingRows([summer, row(1, '12:00', '15:00', '2027-08-14', '2027-08-31')])).toEqual([[0, 1]]);
    expect(overlappingRows([summer, row(1, '12:00', '15:00', '2027-08-15', '2027-08-31')])).toEqual([]);
    expect(overlappingRows([summer, row(1, '12:00', '15:00', null, '2027-07-01')])).toEqual([[0, 1]]);
  });
});

describe('rowsOn', () => {
  it('uses the period rows on the dates they cover, the open-ended rows elsewhere', () => {
    const rows = [row(4, '10:00', '17:00'), row(4, '10:00', '13:00', '2027-07-01', '2027-08-14')];
    expect(rowsOn(rows, '2027-07-08', 4)).toEqual([rows[1]]);
    expect(rowsOn(rows, '2027-09-02', 4)).toEqual([rows[0]]);
  });
});
