import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readDemoHistory, resolveDemoHistory } from './history-file.js';

const FILE = JSON.parse(
  readFileSync(fileURLToPath(new URL('./data/history.json', import.meta.url)), 'utf8'),
) as Record<string, unknown>;

const oneErrand = (fields: Record<string, unknown> = {}) => ({
  ...FILE,
  days: 14,
  selfServiceGrowth: 0,
  errands: [
    {
      errand: 'FLYT',
      perDay: 20,
      reception: 0.25,
      selfService: 0.5,
      notYet: 0.1,
      elsewhere: 0.1,
      tried: 0.2,
      ...fields,
    },
  ],
});

describe('the demo history', () => {
  it('covers the days before today only, each day counted once per channel and outcome', () => {
    const rows = readDemoHistory('2026-12-01');
    const days = [...new Set(rows.map((r) => r.day))].sort();
    expect(days[0]).toBe('2026-10-06');
    expect(days.at(-1)).toBe('2026-11-30');
    const keys = rows.map((r) => `${r.day} ${r.errand} ${r.source} ${r.location} ${r.outcome}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(rows.every((r) => r.triages > 0 && r.selfServiceTried <= r.triages)).toBe(true);
  });

  it('splits a day by channel and outcome into exactly its total, with the desk closed at weekends', () => {
    const rows = resolveDemoHistory(oneErrand(), '2026-11-30'); // 16–29 November
    const saturday = rows.filter((r) => r.day === '2026-11-21');
    expect(saturday.every((r) => r.source === 'online' && r.location === null)).toBe(true);
    const monday = rows.filter((r) => r.day === '2026-11-16');
    const desk = monday.filter((r) => r.source === 'reception');
    expect(desk.every((r) => r.location === 'MAIN')).toBe(true);
    const total = monday.reduce((sum, r) => sum + r.triages, 0);
    // 20 a day with a ±15 % wave; a quarter at the desk.
    expect(total).toBeGreaterThanOrEqual(17);
    expect(total).toBeLessThanOrEqual(23);
    expect(desk.reduce((sum, r) => sum + r.triages, 0)).toBe(Math.round(total * 0.25));
    const tried = monday.filter((r) => r.outcome !== 'self_service').map((r) => r.selfServiceTried);
    expect(tried.every((n) => n === 0)).toBe(true);
  });

  it('lets the self-service share grow week by week', () => {
    const grow = { ...oneErrand({ notYet: 0, elsewhere: 0, reception: 0 }), selfServiceGrowth: 0.1 };
    const rows = resolveDemoHistory(grow, '2026-11-30');
    const share = (from: string, to: string) => {
      const week = rows.filter((r) => r.day >= from && r.day <= to);
      const own = week.filter((r) => r.outcome === 'self_service').reduce((s, r) => s + r.triages, 0);
      return own / week.reduce((s, r) => s + r.triages, 0);
    };
    expect(share('2026-11-23', '2026-11-29')).toBeGreaterThan(share('2026-11-16', '2026-11-22') + 0.05);
  });

  it('refuses a file with a share above 1 or an unknown field, naming it', () => {
    expect(() => resolveDemoHistory(oneErrand({ selfService: 1.5 }), '2026-11-30')).toThrow(
      /history.json: errands.0.selfService/,
    );
    expect(() => resolveDemoHistory({ ...oneErrand(), extra: 1 }, '2026-11-30')).toThrow(/extra/);
  });
});
