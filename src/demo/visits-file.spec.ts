import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import type { ErrandDefinition } from '../errands/errand-definition.js';
import { checkAnswers, decide } from '../errands/triage-rules.js';
import { readErrandFiles } from './catalog-files.js';
import { readDemoSchedule } from './schedule-file.js';
import { readStaffFile } from './staff-file.js';
import { readDemoVisits, resolveDemoVisits } from './visits-file.js';

const TODAY = '2026-11-25';
const DEMO_ADVISER = readStaffFile().find((account) => account.roles.includes('adviser'))!.adviser!;

/** The definition's rules as the rule engine reads them (`when` is its `conditions`). */
const rulesOf = (errand: ErrandDefinition) =>
  errand.rules.map((rule) => ({ ...rule, conditions: rule.when }));

function fileWith(content: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'visits-')), 'visits.json');
  writeFileSync(path, JSON.stringify(content));
  return path;
}

const visit = {
  day: 'today',
  time: '10:00',
  location: 'MAIN',
  errand: 'PAS_VOKSEN',
  answers: { has_mitid: true, has_old_passport: true },
  name: 'Karen Holm',
};

describe('the demo visits (data/visits.json)', () => {
  const visits = readDemoVisits(TODAY);

  it('moves with the day the demo is loaded', () => {
    const later = readDemoVisits('2027-03-02');
    expect(visits.map((v) => v.date)).toContain(TODAY);
    expect(later.map((v) => v.date)).toContain('2027-03-02');
    expect(later.map((v) => v.date)).toContain('2027-03-03');
    expect(later.filter((v) => v.date === '2027-03-02')).toHaveLength(
      visits.filter((v) => v.date === TODAY).length,
    );
  });

  it('gives the demo adviser visits today and tomorrow, and reception a queue at MAIN today', () => {
    const mine = visits.filter((v) => v.adviser === DEMO_ADVISER && v.location === 'MAIN');
    expect(mine.filter((v) => v.date === TODAY).length).toBeGreaterThanOrEqual(4);
    expect(mine.filter((v) => v.date === '2026-11-26').length).toBeGreaterThanOrEqual(2);
    const waiting = visits.filter(
      (v) => v.date === TODAY && v.location === 'MAIN' && v.status === 'checked_in',
    );
    expect(waiting.length).toBeGreaterThanOrEqual(3);
    expect(visits.some((v) => v.status === 'completed' && v.adviser === DEMO_ADVISER)).toBe(true);
  });

  it('has answers that fit each errand’s questions and lead to a visit, or for callbacks offer a call', () => {
    const errands = new Map(readErrandFiles().map((errand) => [errand.code, errand]));
    for (const { errand: code, answers, phone } of visits) {
      const errand = errands.get(code);
      expect({ code, known: !!errand }).toEqual({ code, known: true });
      expect({ code, problems: checkAnswers(errand!.questions, answers) }).toEqual({
        code,
        problems: undefined,
      });
      const rule = decide(rulesOf(errand!), answers as Record<string, boolean>);
      const decided = phone
        ? rule?.outcome === 'callback' ||
          (rule?.outcome === 'visit' && errand!.rules.some((r) => r.key === rule.key && r.callback))
        : rule?.outcome === 'visit';
      expect({ code, phone, decided }).toEqual({ code, phone, decided: true });
    }
  });

  it('has callbacks only at the hotline, on the demo hotline adviser’s list today', () => {
    const callbacks = visits.filter((v) => v.phone);
    expect(callbacks.map((v) => v.location)).toEqual(['HOTLINE', 'HOTLINE', 'HOTLINE']);
    expect(visits.filter((v) => v.location === 'HOTLINE' && !v.phone)).toEqual([]);
    expect(
      callbacks.filter((v) => v.date === TODAY && v.adviser === 'louise.holm@syddjurs-demo.dk'),
    ).toHaveLength(2);
  });

  it('names only places and advisers of the demo municipality', () => {
    const schedule = readDemoSchedule(TODAY);
    const places = new Set(schedule.locations.map((location) => location.code));
    const advisers = new Set(schedule.advisers.map((adviser) => adviser.email));
    for (const v of visits) {
      expect(places.has(v.location)).toBe(true);
      if (v.adviser) expect(advisers.has(v.adviser)).toBe(true);
    }
  });

  it('never books one adviser twice at once', () => {
    const errands = new Map(readErrandFiles().map((errand) => [errand.code, errand]));
    const mine = visits
      .filter((v) => v.adviser)
      .map((v) => {
        const start = DateTime.fromISO(`${v.date}T${v.time}`);
        const errand = errands.get(v.errand)!;
        const minutes = v.phone ? errand.phoneHelp!.minutes : errand.visitMinutes;
        return { who: v.adviser, start, end: start.plus({ minutes }) };
      });
    for (const a of mine)
      for (const b of mine)
        if (a !== b && a.who === b.who) expect(a.end <= b.start || b.end <= a.start).toBe(true);
  });

  it.each([
    [{ ...visit, day: 'today+1', status: 'checked_in' }, /visits\[0\]: a status is only for today's visits/],
    [
      { ...visit, status: 'completed' },
      /visits\[0\]: outcome and canDoAloneNextTime go with status "completed"/,
    ],
    [{ ...visit, outcome: 'not_resolved' }, /visits\[0\]: outcome and canDoAloneNextTime/],
    [{ ...visit, time: '25:00' }, /visits\[0\]: time: time must be a time HH:mm/],
    [{ ...visit, day: 'tomorrow' }, /visits\[0\]\.day: bad date expression "tomorrow"/],
    [{ ...visit, name: '010190-1234' }, /visits\[0\]: name: name must not contain a CPR number/],
    [{ ...visit, status: 'waiting' }, /visits\[0\]: status: status must be one of/],
    [{ ...visit, colour: 'red' }, /visits\[0\]: .*colour should not exist/],
    [{ ...visit, phone: '20304050' }, /visits\[0\]: phone: phone must be 8 digits in pairs/],
    [
      { ...visit, phone: '20 30 40 50', status: 'checked_in' },
      /visits\[0\]: a callback \(with a phone\) has no status/,
    ],
  ])('names the visit and the problem in a broken file (%#)', (entry, message) => {
    const file = fileWith({ visits: [entry] });
    expect(() => readDemoVisits(TODAY, file)).toThrow(message);
    expect(() => readDemoVisits(TODAY, file)).toThrow(file);
  });

  it('needs a list of visits', () => {
    expect(() => resolveDemoVisits({}, TODAY)).toThrow('visits: missing');
  });
});
