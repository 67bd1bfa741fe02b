import { closedHours, closedReason } from './closed-days.js';

const MUNICIPAL = ['06-05', '12-24', '12-31'];

describe('closedReason', () => {
  it.each([
    ['2026-01-01', 'Nytårsdag'],
    ['2026-04-02', 'Skærtorsdag'],
    ['2026-04-03', 'Langfredag'],
    ['2026-04-05', 'Påskedag'],
    ['2026-04-06', 'Anden påskedag'],
    ['2026-05-14', 'Kristi Himmelfartsdag'],
    ['2026-05-25', 'Anden Pinsedag'],
    ['2026-12-25', 'Juledag'],
    ['2026-12-26', 'Anden Juledag'],
    ['2025-04-17', 'Skærtorsdag'],
    ['2025-06-09', 'Anden Pinsedag'],
  ])('closes on the public holiday %s (%s)', (date, name) => {
    expect(closedReason(date, [], [])).toBe(name);
  });

  it('treats Store bededag as a holiday until 2023 and as a working day from 2024', () => {
    expect(closedReason('2023-05-05', [], [])).toBe('Store Bededag');
    expect(closedReason('2024-04-26', [], [])).toBeUndefined();
    expect(closedReason('2026-05-01', [], [])).toBeUndefined();
  });

  it('closes on the municipal closed days, which a municipality can switch off', () => {
    for (const date of ['2026-06-05', '2026-12-24', '2026-12-31']) {
      expect(closedReason(date, MUNICIPAL, [])).toBe('Kommunal lukkedag');
      expect(closedReason(date, [], [])).toBeUndefined();
    }
  });

  it('closes on municipal days that move with Easter, such as the Friday after Ascension', () => {
    // Ascension is Easter + 39: 14 May 2026, 29 May 2025, 6 May 2027.
    for (const friday of ['2026-05-15', '2025-05-30', '2027-05-07'])
      expect(closedReason(friday, ['easter+40'], [])).toBe('Kommunal lukkedag');
    expect(closedReason('2026-05-22', ['easter+40'], [])).toBeUndefined();
    expect(closedReason('2026-03-31', ['easter-5'], [])).toBe('Kommunal lukkedag');
  });

  it('closes inside a closure period, bounds included', () => {
    const closures = [{ startsOn: '2026-12-01', endsOn: '2026-12-03', reason: 'Personaledag' }];
    expect(closedReason('2026-11-30', [], closures)).toBeUndefined();
    expect(closedReason('2026-12-01', [], closures)).toBe('Personaledag');
    expect(closedReason('2026-12-03', [], closures)).toBe('Personaledag');
    expect(closedReason('2026-12-04', [], closures)).toBeUndefined();
  });

  it('leaves a day with a closure for some hours open, and names those hours instead', () => {
    const closures = [
      {
        startsOn: '2026-12-01',
        endsOn: '2026-12-02',
        reason: 'Møde',
        closedFrom: '12:00:00',
        closedTo: '13:00:00',
      },
      {
        startsOn: '2026-12-02',
        endsOn: '2026-12-02',
        reason: 'Kursus',
        closedFrom: '08:00',
        closedTo: '09:30',
      },
      { startsOn: '2026-12-03', endsOn: '2026-12-03', reason: 'Flytning', closedFrom: null, closedTo: null },
    ];
    expect(closedReason('2026-12-02', [], closures)).toBeUndefined();
    expect(closedReason('2026-12-03', [], closures)).toBe('Flytning');
    expect(closedHours('2026-12-02', closures)).toEqual([
      { from: '08:00', to: '09:30', reason: 'Kursus' },
      { from: '12:00', to: '13:00', reason: 'Møde' },
    ]);
    expect(closedHours('2026-12-03', closures)).toEqual([]);
    expect(closedHours('2026-11-30', closures)).toEqual([]);
  });

  it('leaves an ordinary weekday open', () => {
    expect(closedReason('2026-11-26', MUNICIPAL, [])).toBeUndefined();
  });
});
