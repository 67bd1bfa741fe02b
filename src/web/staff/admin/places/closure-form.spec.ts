import { closureErrors, closurePlain, closureValues, isoDate } from './closure-form.js';

describe('closure form', () => {
  it('reads dates as Danes write them, and ISO dates as they are', () => {
    expect(isoDate('24.12.2026')).toBe('2026-12-24');
    expect(isoDate('1-2-2027')).toBe('2027-02-01');
    expect(isoDate('1/2/2027')).toBe('2027-02-01');
    expect(isoDate('2026-12-24')).toBe('2026-12-24');
    // Passed on as typed, for the DTO to refuse.
    expect(isoDate('juleaften')).toBe('juleaften');
    expect(isoDate('24.12.26')).toBe('24.12.26');
  });

  it('trims what was typed and knows only two scopes', () => {
    expect(
      closureValues({ startsOn: ' 9.12.2026 ', reason: ' Kursus ', scope: 'elsewhere', hours: 'x' }),
    ).toEqual({
      startsOn: '9.12.2026',
      endsOn: '',
      scope: 'here',
      hours: 'day',
      closedFrom: '',
      closedTo: '',
      reason: 'Kursus',
    });
    expect(closureValues({ scope: 'all' }).scope).toBe('all');
    expect(closureValues({ hours: 'some', closedFrom: ' 12 ' })).toMatchObject({
      hours: 'some',
      closedFrom: '12',
    });
    expect(closureValues(undefined).startsOn).toBe('');
  });

  it('makes the DTO’s object: an empty last day is the first; every place leaves out the location', () => {
    const values = {
      startsOn: '9.12.2026',
      endsOn: '',
      scope: 'here' as const,
      hours: 'day' as const,
      closedFrom: '12',
      closedTo: '',
      reason: 'Kursus',
    };
    expect(closurePlain(values, 'NORD')).toEqual({
      location: 'NORD',
      startsOn: '2026-12-09',
      endsOn: '2026-12-09',
      reason: 'Kursus',
    });
    expect(closurePlain({ ...values, scope: 'all', endsOn: '10.12.2026' }, 'NORD')).toEqual({
      startsOn: '2026-12-09',
      endsOn: '2026-12-10',
      reason: 'Kursus',
    });
    // Some hours: both times go along, typed ones normalised, empty ones empty (for the DTO to ask).
    expect(closurePlain({ ...values, hours: 'some' }, 'NORD')).toMatchObject({
      closedFrom: '12:00',
      closedTo: '',
    });
  });

  it('says each problem in words at its field', () => {
    const values = {
      startsOn: '',
      endsOn: '',
      scope: 'here' as const,
      hours: 'day' as const,
      closedFrom: '',
      closedTo: '',
      reason: '',
    };
    const errors = [
      { field: 'startsOn', message: 'x' },
      { field: 'endsOn', message: 'x' },
      { field: 'reason', message: 'x' },
    ];
    expect(closureErrors(errors, values, 'da')).toEqual([
      { field: 'startsOn', message: 'Skriv den første lukkedag' },
      { field: 'reason', message: 'Skriv en begrundelse, fx Personaledag' },
    ]);
    const typed = { ...values, startsOn: '31.2.2026', endsOn: '1.1.2026', reason: 'ok' };
    expect(closureErrors(errors.slice(0, 2), typed, 'en')).toEqual([
      {
        field: 'startsOn',
        message: 'Enter the first closed day as a date that exists, for example 24.12.2026',
      },
      { field: 'endsOn', message: 'The last closed day cannot be before the first' },
    ]);
    expect(closureErrors([{ field: 'endsOn', message: 'x' }], { ...typed, endsOn: 'snart' }, 'da')).toEqual([
      { field: 'endsOn', message: 'Skriv den sidste lukkedag som en dato, der findes, fx 24.12.2026' },
    ]);
    expect(
      closureErrors([{ field: 'reason', message: 'reason må ikke indeholde et CPR-nummer' }], typed, 'da'),
    ).toEqual([{ field: 'reason', message: 'Skriv begrundelsen uden CPR-nummer' }]);
  });

  it('says what is wrong with the hours, in the order of the form', () => {
    const values = {
      startsOn: '1.12.2026',
      endsOn: '',
      scope: 'here' as const,
      hours: 'some' as const,
      closedFrom: '',
      closedTo: '25',
      reason: '',
    };
    const errors = ['reason', 'closedFrom', 'closedTo'].map((field) => ({ field, message: 'x' }));
    expect(closureErrors(errors, values, 'da')).toEqual([
      { field: 'closedFrom', message: 'Skriv hvornår stedet lukker' },
      { field: 'closedTo', message: 'Skriv tiden som 12:00, fra 00:00 til 23:59' },
      { field: 'reason', message: 'Skriv en begrundelse, fx Personaledag' },
    ]);
    const reversed = { ...values, closedFrom: '13', closedTo: '12' };
    expect(closureErrors([{ field: 'closedTo', message: 'x' }], reversed, 'en')).toEqual([
      { field: 'closedTo', message: 'The place must open again later than it closes' },
    ]);
  });
});
