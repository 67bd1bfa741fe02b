import {
  hoursErrors,
  hoursFormView,
  normaliseTime,
  overlapErrors,
  rowsFromWeek,
  weekFromForm,
  weekFromRows,
} from './opening-hours-form.js';

describe('opening hours form', () => {
  it('reads times as people type them', () => {
    expect(['9', '9.30', '09:30', '0930', '930', '17.5', 'ni'].map(normaliseTime)).toEqual([
      '09:00',
      '09:30',
      '09:30',
      '09:30',
      '09:30',
      '17.5',
      'ni',
    ]);
  });

  it('groups stored rows by weekday, earliest first, times without seconds', () => {
    const week = weekFromRows([
      { weekday: 1, opens: '13:00:00', closes: '17:30:00' },
      { weekday: 1, opens: '09:00:00', closes: '12:00:00' },
      { weekday: 7, opens: '10:00:00', closes: '12:00:00' },
    ]);
    expect(week[0]).toEqual([
      { opens: '09:00', closes: '12:00' },
      { opens: '13:00', closes: '17:30' },
    ]);
    expect(week[6]).toEqual([{ opens: '10:00', closes: '12:00' }]);
    expect(week.slice(1, 6).every((day) => day.length === 0)).toBe(true);
  });

  it('reads the posted fields back into a week, ignoring anything else', () => {
    const week = weekFromForm({
      'd1-0-opens': ' 9 ',
      'd1-0-closes': '12',
      'd1-2-opens': '13',
      'd8-0-opens': '9',
      'd2-9-opens': '9',
      _csrf: 'x',
    });
    expect(week[0]).toEqual([
      { opens: '9', closes: '12' },
      { opens: '', closes: '' },
      { opens: '13', closes: '' },
    ]);
    expect(week[1]).toEqual([]);
  });

  it('makes rows of filled periods, and problems of half-filled ones', () => {
    const week = weekFromForm({
      'd1-0-opens': '9',
      'd1-0-closes': '12',
      'd1-1-opens': '13',
      'd3-0-closes': '15',
    });
    const read = rowsFromWeek(week, 'da');
    expect(read.rows).toEqual([{ weekday: 1, opens: '09:00', closes: '12:00' }]);
    expect(read.ids).toEqual(['d1-0']);
    expect(read.problems.map((p) => p.field)).toEqual(['d1-1-closes', 'd3-0-opens']);
  });

  it('puts the DTO’s problems and overlaps at the form’s fields', () => {
    const week = weekFromForm({
      'd1-0-opens': '12',
      'd1-0-closes': '9',
      'd2-0-opens': '25',
      'd2-0-closes': '26',
      'd2-1-opens': '10',
      'd2-1-closes': '11',
    });
    const read = rowsFromWeek(week, 'en');
    const errors = hoursErrors(
      [
        { field: 'hours-0-closes', message: 'closes must be after opens' },
        { field: 'hours-1-opens', message: 'x' },
        { field: 'hours-7-opens', message: 'x' },
      ],
      read,
      'en',
    );
    expect(errors).toEqual([
      { field: 'd1-0-closes', message: 'The place must close later than it opens' },
      { field: 'd2-0-opens', message: 'Enter the time as 09:00, from 00:00 to 23:59' },
    ]);
    expect(overlapErrors([['hours.1', 'hours.2']], read, 'da')).toEqual([
      { field: 'd2-1-opens', message: 'Perioden overlapper en anden periode samme dag' },
    ]);
  });

  it('shows each day with its periods and one empty period more', () => {
    const days = hoursFormView(weekFromRows([{ weekday: 1, opens: '09:00', closes: '12:00' }]), 'da');
    expect(days).toHaveLength(7);
    expect(days[0].legend).toBe('Mandag');
    expect(days[0].periods.map((p) => [p.opens.id, p.opens.label, p.opens.value])).toEqual([
      ['d1-0-opens', 'Åbner', '09:00'],
      ['d1-1-opens', 'Åbner igen', ''],
    ]);
    expect(days[6].periods.map((p) => p.closes.label)).toEqual(['Lukker']);
  });
});
