import {
  EMPTY_ROWS,
  normaliseTime,
  overlapErrors,
  readTimes,
  timesErrors,
  timesFormView,
  typedFromForm,
  typedFromRows,
} from './working-times-form.js';

const PLACES = [
  { id: '1', code: 'MAIN', name: 'Borgerservice', timeZone: 'Europe/Copenhagen', active: true },
  { id: '2', code: 'OLD', name: 'Det gamle kontor', timeZone: 'Europe/Copenhagen', active: false },
];

describe('the working-time form', () => {
  it('reads rows by their index, trimmed, ignoring other fields', () => {
    const typed = typedFromForm({
      'r1-weekday': '2',
      'r1-starts': ' 9.30 ',
      _csrf: 'x',
      'r99-weekday': '1',
      step: 'aflys',
    });
    expect(typed).toHaveLength(2);
    expect(typed[1]).toMatchObject({ weekday: '2', starts: '9.30', ends: '' });
  });

  it('normalises times as people type them', () => {
    expect(['9', '9.30', '0930', '09:30', '9:5', 'x'].map(normaliseTime)).toEqual([
      '09:00',
      '09:30',
      '09:30',
      '09:30',
      '9:5',
      'x',
    ]);
  });

  it('skips empty rows, keeps the period, and says what a half-filled row misses', () => {
    const typed = typedFromForm({
      'r0-weekday': '1',
      'r0-location': 'MAIN',
      'r0-starts': '9',
      'r0-ends': '15',
      'r0-validFrom': '2027-07-01',
      'r2-weekday': '3',
      'r2-starts': '10',
    });
    const read = readTimes(typed, 'da');
    expect(read.times).toEqual([
      { weekday: 1, location: 'MAIN', starts: '09:00', ends: '15:00', validFrom: '2027-07-01' },
    ]);
    expect(read.ids).toEqual(['r0']);
    expect(read.problems).toEqual([
      { field: 'r2-location', message: 'Vælg et sted' },
      { field: 'r2-ends', message: 'Skriv hvornår arbejdstiden slutter, fx 15:30' },
    ]);
  });

  it('says the DTO’s problems at the form’s own fields', () => {
    const read = readTimes(
      typedFromForm({
        'r0-weekday': '1',
        'r0-location': 'MAIN',
        'r0-starts': '9',
        'r0-ends': '15',
        'r3-weekday': '2',
        'r3-location': 'MAIN',
        'r3-starts': '14',
        'r3-ends': '10',
        'r3-validFrom': '2027-08-01',
        'r3-validTo': '2027-07-01',
      }),
      'en',
    );
    const errors = timesErrors(
      [
        { field: 'times-1-ends', message: 'ends must be after starts' },
        { field: 'times-1-validTo', message: '…' },
      ],
      read,
      'en',
    );
    expect(errors).toEqual([
      { field: 'r3-ends', message: 'The working time must end after it begins' },
      { field: 'r3-validTo', message: 'The end date must not be before the start date' },
    ]);
    expect(overlapErrors([['times.0', 'times.1']], read, 'en')).toEqual([
      { field: 'r3-starts', message: expect.stringContaining('overlaps') as string },
    ]);
  });

  it('shows the rows with empty ones to add, places in use (and the row’s own) to choose from', () => {
    const rows = timesFormView(
      typedFromRows([{ weekday: 5, location: 'OLD', starts: '09:00', ends: '12:00' }]),
      PLACES,
      'da',
    );
    expect(rows).toHaveLength(1 + EMPTY_ROWS);
    expect(rows[0].legend).toBe('Arbejdstid 1');
    expect(rows[0].weekday.options.find((o) => o.selected)).toEqual({
      value: '5',
      text: 'fredag',
      selected: true,
    });
    expect(rows[0].location.options.map((o) => o.text)).toEqual([
      'Vælg sted',
      'Borgerservice',
      'Det gamle kontor (ikke i brug)',
    ]);
    expect(rows[1].location.options.map((o) => o.value)).toEqual(['', 'MAIN']);
    expect(rows[2].starts).toEqual({ id: 'r2-starts', name: 'r2-starts', label: 'Fra kl.', value: '' });
  });

  it('keeps an empty row between filled ones in its place, so errors stay at their rows', () => {
    const typed = typedFromForm({ 'r2-weekday': '1' });
    expect(timesFormView(typed, PLACES, 'da')[2].weekday.value).toBe('1');
  });
});
