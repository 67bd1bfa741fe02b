import { filterQuery, readStatsFilter } from './stats-filter.js';

const TODAY = '2026-12-08';

describe('the statistics filter', () => {
  it('shows the last 30 days and today by errand when nothing is chosen', () => {
    const { filter, errors } = readStatsFilter({}, TODAY, 'da');
    expect(errors).toEqual([]);
    expect(filter.period).toEqual({ from: '2026-11-08', to: '2026-12-08' });
    expect(filter.by).toBe('errand');
    expect(filterQuery(filter)).toEqual({ fra: '2026-11-08', til: '2026-12-08', vis: 'aerinde' });
  });

  it('reads the period and the dimension from the Danish names', () => {
    const { filter, errors } = readStatsFilter(
      { fra: '2026-01-01', til: '2026-12-31', vis: 'maaned' },
      TODAY,
      'da',
    );
    expect(errors).toEqual([]);
    expect(filter.period).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(filter.by).toBe('month');
  });

  it('puts a date that does not exist at its field, and shows no numbers', () => {
    const { filter, errors } = readStatsFilter({ fra: '2026-02-30', til: 'i går' }, TODAY, 'da');
    expect(errors).toEqual([
      { field: 'fra', message: 'Skriv en dato, der findes, som 2026-12-03' },
      { field: 'til', message: 'Skriv en dato, der findes, som 2026-12-03' },
    ]);
    expect(filter.period).toBeUndefined();
    expect(filter.form.fra).toBe('2026-02-30');
  });

  it('refuses an end before the start, and a period longer than 400 days', () => {
    expect(readStatsFilter({ fra: '2026-12-08', til: '2026-12-07' }, TODAY, 'en').errors).toEqual([
      { field: 'til', message: 'The end date must not be before the start date' },
    ]);
    expect(readStatsFilter({ fra: '2025-01-01', til: '2026-02-05' }, TODAY, 'da').errors).toEqual([
      { field: 'til', message: 'Vælg en periode på højst 400 dage' },
    ]);
    expect(readStatsFilter({ fra: '2025-01-01', til: '2026-02-04' }, TODAY, 'da').errors).toEqual([]);
  });

  it('knows only its own dimensions (not an object’s inherited names)', () => {
    for (const vis of ['dag', '__proto__', 'constructor'])
      expect(readStatsFilter({ vis }, TODAY, 'da').errors).toEqual([
        { field: 'vis', message: 'Vælg, hvad selvbetjeningen skal vises pr.' },
      ]);
  });

  it('reads a repeated field as empty rather than failing', () => {
    const { filter } = readStatsFilter({ fra: ['2026-01-01', '2026-02-01'] }, TODAY, 'da');
    expect(filter.form.fra).toBe('2026-11-08');
  });
});
