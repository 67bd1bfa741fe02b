import { readAbsence, todayAbsence, typedAbsence } from './absence-form.js';

const ZONE = 'Europe/Copenhagen';
const typed = (fields: Partial<Record<string, string>>) =>
  typedAbsence({ startDate: '2026-12-03', endDate: '2026-12-03', reason: 'Sygdom', ...fields });

describe('readAbsence', () => {
  it('reads whole days from the first day’s start to the last day’s end', async () => {
    expect(await readAbsence(typed({ endDate: '2026-12-04' }), ZONE, 'da')).toEqual({
      ok: true,
      absence: {
        startsAt: '2026-12-03T00:00:00+01:00',
        endsAt: '2026-12-05T00:00:00+01:00',
        reason: 'Sygdom',
      },
    });
  });

  it('reads times as people type them, in the zone, across a clock change', async () => {
    const read = await readAbsence(
      typed({ startDate: '2027-03-27', startTime: '12', endDate: '2027-03-28', endTime: '9.30' }),
      ZONE,
      'da',
    );
    expect(read).toEqual({
      ok: true,
      absence: {
        startsAt: '2027-03-27T12:00:00+01:00',
        endsAt: '2027-03-28T09:30:00+02:00',
        reason: 'Sygdom',
      },
    });
  });

  it('says each problem at its field, in the form’s order', async () => {
    const read = await readAbsence(
      typedAbsence({ startDate: '', startTime: 'nu', endDate: '2026-02-30', reason: '' }),
      ZONE,
      'en',
    );
    expect(read).toEqual({
      ok: false,
      errors: [
        { field: 'startDate', message: 'Write a date such as 2026-12-03' },
        { field: 'startTime', message: 'Write a time such as 09:00, or leave the field empty' },
        { field: 'endDate', message: 'Write a date that exists, such as 2026-12-03' },
        { field: 'reason', message: 'Write a reason for the absence' },
      ],
    });
  });

  it('refuses an end that is not after the start, at the end field given', async () => {
    expect(await readAbsence(typed({ startTime: '12:00', endTime: '12:00' }), ZONE, 'da')).toEqual({
      ok: false,
      errors: [{ field: 'endTime', message: 'Fraværet skal slutte efter det begynder' }],
    });
    expect(await readAbsence(typed({ endDate: '2026-12-02' }), ZONE, 'da')).toMatchObject({
      ok: false,
      errors: [{ field: 'endDate' }],
    });
  });

  it('refuses a reason that is too long or holds a CPR number', async () => {
    expect(await readAbsence(typed({ reason: 'x'.repeat(201) }), ZONE, 'da')).toMatchObject({
      errors: [{ field: 'reason', message: 'Årsagen må højst være 200 tegn' }],
    });
    expect(await readAbsence(typed({ reason: 'Syg, 010190-1234' }), ZONE, 'da')).toMatchObject({
      errors: [{ field: 'reason', message: 'Skriv årsagen uden CPR-nummer' }],
    });
  });

  it('starts a new absence as today, whole day', () => {
    expect(todayAbsence('2026-11-25')).toEqual({
      startDate: '2026-11-25',
      startTime: '',
      endDate: '2026-11-25',
      endTime: '',
      reason: '',
    });
  });
});
