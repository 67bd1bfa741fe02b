import { toWeeklyHours } from './locations-admin.mapper.js';

describe('toWeeklyHours', () => {
  it('answers a row as PUT …/opening-hours takes it: HH:mm, and a period only where there is one', () => {
    expect(
      toWeeklyHours({ weekday: 1, opens: '09:00:00', closes: '17:30:00', validFrom: null, validTo: null }),
    ).toEqual({
      weekday: 1,
      opens: '09:00',
      closes: '17:30',
    });
    expect(
      toWeeklyHours({
        weekday: 5,
        opens: '10:00:00',
        closes: '14:00:00',
        validFrom: '2027-07-01',
        validTo: null,
      }),
    ).toEqual({ weekday: 5, opens: '10:00', closes: '14:00', validFrom: '2027-07-01' });
  });
});
