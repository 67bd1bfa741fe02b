import fc from 'fast-check';
import { type Interval, mergeIntervals, subtractIntervals } from '../common/time/intervals.js';
import {
  candidateStarts,
  capacityOf,
  type DayPlan,
  resourcesAt,
  type Slot,
  slotsForDay,
  whyNotCandidate,
} from './slots.js';

const MIN = 60_000;
/** Local midnight of Tuesday 2026-12-01 in Europe/Copenhagen (+01:00). */
const MIDNIGHT = Date.parse('2026-12-01T00:00:00+01:00');
const at = (time: string) => Date.parse(`2026-12-01T${time}:00+01:00`);
const span = (from: string, to: string): Interval => ({ start: at(from), end: at(to) });
/** "HH:mm" at +01:00, the offset of every instant in these December examples. */
const localTime = (ms: number) => new Date(ms + 60 * MIN).toISOString().slice(11, 16);

function plan(overrides: Partial<DayPlan> = {}): DayPlan {
  return {
    origin: MIDNIGHT,
    stepMs: 15 * MIN,
    durationMs: 20 * MIN,
    openings: [span('10:00', '12:00')],
    stations: [{ id: 's1', busy: [] }],
    advisers: [{ id: 'a1', available: [span('09:30', '14:30')], busy: [] }],
    earliestStart: MIDNIGHT - 24 * 60 * MIN,
    latestStart: MIDNIGHT + 48 * 60 * MIN,
    ...overrides,
  };
}

const starts = (slots: Slot[]) => slots.map((slot) => localTime(slot.start));

describe('mergeIntervals', () => {
  it('sorts and joins overlapping and touching intervals, keeping gaps', () => {
    expect(
      mergeIntervals([
        { start: 50, end: 60 },
        { start: 12, end: 14 },
        { start: 0, end: 10 },
        { start: 9, end: 12 },
        { start: 20, end: 30 },
        { start: 25, end: 27 },
      ]),
    ).toEqual([
      { start: 0, end: 14 },
      { start: 20, end: 30 },
      { start: 50, end: 60 },
    ]);
  });

  it('drops empty and reversed intervals', () => {
    expect(
      mergeIntervals([
        { start: 5, end: 5 },
        { start: 9, end: 3 },
      ]),
    ).toEqual([]);
    expect(mergeIntervals([])).toEqual([]);
  });

  it('leaves its input untouched', () => {
    const input = [
      { start: 10, end: 20 },
      { start: 0, end: 15 },
    ];
    const copy = structuredClone(input);
    mergeIntervals(input);
    expect(input).toEqual(copy);
  });
});

describe('subtractIntervals', () => {
  it('cuts a hole out of the middle, leaving two pieces', () => {
    expect(subtractIntervals([{ start: 0, end: 100 }], [{ start: 40, end: 60 }])).toEqual([
      { start: 0, end: 40 },
      { start: 60, end: 100 },
    ]);
  });

  it('trims the edges and removes pieces that are covered entirely', () => {
    expect(
      subtractIntervals(
        [
          { start: 0, end: 10 },
          { start: 20, end: 30 },
          { start: 40, end: 50 },
        ],
        [
          { start: -5, end: 3 },
          { start: 18, end: 32 },
          { start: 45, end: 60 },
        ],
      ),
    ).toEqual([
      { start: 3, end: 10 },
      { start: 40, end: 45 },
    ]);
  });

  it('keeps intervals that a cut only touches', () => {
    expect(
      subtractIntervals(
        [{ start: 10, end: 20 }],
        [
          { start: 0, end: 10 },
          { start: 20, end: 30 },
        ],
      ),
    ).toEqual([{ start: 10, end: 20 }]);
  });

  it('merges the input first, so touching working rows form one interval', () => {
    expect(
      subtractIntervals(
        [
          { start: 12, end: 14 },
          { start: 9, end: 12 },
        ],
        [],
      ),
    ).toEqual([{ start: 9, end: 14 }]);
  });

  it('handles several cuts inside one interval, in any order', () => {
    expect(
      subtractIntervals(
        [{ start: 0, end: 100 }],
        [
          { start: 70, end: 80 },
          { start: 10, end: 20 },
          { start: 15, end: 30 },
        ],
      ),
    ).toEqual([
      { start: 0, end: 10 },
      { start: 30, end: 70 },
      { start: 80, end: 100 },
    ]);
  });
});

describe('intervals (properties)', () => {
  // Integer points decide sets of half-open intervals with integer bounds.
  const member = (intervals: Interval[], point: number) =>
    intervals.some((i) => i.start <= point && point < i.end);
  const points = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);
  const anyInterval = fc
    .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: -5, max: 30 }))
    .map(([start, length]): Interval => ({ start, end: start + length }));
  const nonEmpty = fc
    .tuple(fc.integer({ min: -10, max: 110 }), fc.integer({ min: 1, max: 40 }))
    .map(([start, length]): Interval => ({ start, end: start + length }));

  /** Sorted, every interval non-empty, a real gap between neighbours. */
  function expectNormalised(intervals: Interval[]) {
    intervals.forEach((interval, index) => {
      expect(interval.end).toBeGreaterThan(interval.start);
      if (index > 0) expect(interval.start).toBeGreaterThan(intervals[index - 1].end);
    });
  }

  it('mergeIntervals covers exactly the points of its input, normalised', () => {
    fc.assert(
      fc.property(fc.array(anyInterval, { maxLength: 8 }), (input) => {
        const merged = mergeIntervals(input);
        expectNormalised(merged);
        expect(points(-10, 140).filter((p) => member(merged, p) !== member(input, p))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('subtractIntervals covers exactly the points of `from` outside `remove`, normalised', () => {
    fc.assert(
      fc.property(
        fc.array(anyInterval, { maxLength: 6 }),
        fc.array(nonEmpty, { maxLength: 6 }),
        (from, remove) => {
          const rest = subtractIntervals(from, remove);
          expectNormalised(rest);
          const wrong = points(-20, 160).filter(
            (p) => member(rest, p) !== (member(from, p) && !member(remove, p)),
          );
          expect(wrong).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('capacityOf', () => {
  it('is the smaller of free stations and free advisers', () => {
    expect(capacityOf({ stationIds: ['s1', 's2', 's3'], adviserIds: ['a1', 'a2'] })).toBe(2);
    expect(capacityOf({ stationIds: ['s1'], adviserIds: ['a1', 'a2'] })).toBe(1);
    expect(capacityOf({ stationIds: [], adviserIds: ['a1'] })).toBe(0);
    expect(capacityOf({ stationIds: ['s1'], adviserIds: [] })).toBe(0);
  });
});

describe('whyNotCandidate', () => {
  it('names the one rule a start breaks', () => {
    const p = plan({ earliestStart: at('10:30'), latestStart: at('11:15') });
    expect(whyNotCandidate(p, at('10:40'))).toBe('off_grid');
    expect(whyNotCandidate(p, at('10:15'))).toBe('too_soon');
    expect(whyNotCandidate(p, at('11:30'))).toBe('too_far_ahead');
    expect(whyNotCandidate(plan(), at('11:45'))).toBe('outside_opening_hours'); // ends 12:05
    expect(whyNotCandidate(plan(), at('09:00'))).toBe('outside_opening_hours');
    expect(whyNotCandidate(p, at('10:30'))).toBeUndefined();
  });

  it('agrees with candidateStarts on every grid point of the day', () => {
    const p = plan({ earliestStart: at('10:30'), latestStart: at('11:15') });
    const candidates = new Set(candidateStarts(p));
    for (let start = MIDNIGHT; start < MIDNIGHT + 24 * 60 * MIN; start += p.stepMs)
      expect(whyNotCandidate(p, start) === undefined).toBe(candidates.has(start));
  });
});

describe('candidateStarts', () => {
  it('lists grid starts whose whole visit fits before closing', () => {
    // 20-minute visits, 15-minute grid, open 10:00-12:00: 11:45 would end at 12:05.
    expect(candidateStarts(plan()).map(localTime)).toEqual([
      '10:00',
      '10:15',
      '10:30',
      '10:45',
      '11:00',
      '11:15',
      '11:30',
    ]);
  });

  it('starts at the first grid point at or after an off-grid opening', () => {
    const starts = candidateStarts(plan({ openings: [span('10:05', '11:00')], durationMs: 15 * MIN }));
    expect(starts.map(localTime)).toEqual(['10:15', '10:30', '10:45']);
  });

  it('lays the grid from the origin, not from the opening', () => {
    const starts = candidateStarts(
      plan({ stepMs: 20 * MIN, openings: [span('10:30', '12:00')], durationMs: 20 * MIN }),
    );
    expect(starts.map(localTime)).toEqual(['10:40', '11:00', '11:20', '11:40']);
  });

  it('lets a visit run across touching openings, which count as one', () => {
    const starts = candidateStarts(
      plan({ openings: [span('11:00', '12:00'), span('10:00', '11:00')], durationMs: 30 * MIN }),
    );
    expect(starts.map(localTime)).toContain('10:45');
    expect(new Set(starts).size).toBe(starts.length);
  });

  it('does not bridge a gap between openings', () => {
    const starts = candidateStarts(
      plan({ openings: [span('10:00', '11:00'), span('11:15', '12:00')], durationMs: 30 * MIN }),
    );
    expect(starts.map(localTime)).toEqual(['10:00', '10:15', '10:30', '11:15', '11:30']);
  });

  it('applies the notice and horizon bounds to the start, both inclusive', () => {
    const starts = candidateStarts(plan({ earliestStart: at('10:30'), latestStart: at('11:00') }));
    expect(starts.map(localTime)).toEqual(['10:30', '10:45', '11:00']);
    const offGrid = candidateStarts(plan({ earliestStart: at('10:30') + 1, latestStart: at('11:15') - 1 }));
    expect(offGrid.map(localTime)).toEqual(['10:45', '11:00']);
  });

  it('gives nothing when the visit is longer than the opening', () => {
    expect(candidateStarts(plan({ openings: [span('10:00', '10:15')], durationMs: 20 * MIN }))).toEqual([]);
    expect(candidateStarts(plan({ openings: [] }))).toEqual([]);
  });
});

describe('resourcesAt', () => {
  it('lists the stations and advisers free for the whole visit', () => {
    const day = plan({
      stations: [
        { id: 's1', busy: [span('10:10', '10:30')] },
        { id: 's2', busy: [span('09:00', '10:00')] },
      ],
      advisers: [
        { id: 'a1', available: [span('09:30', '14:30')], busy: [span('10:15', '10:20')] },
        { id: 'a2', available: [span('10:05', '14:30')], busy: [] },
        { id: 'a3', available: [span('09:00', '10:20')], busy: [] },
      ],
    });
    expect(resourcesAt(day, at('10:00'))).toEqual({
      start: at('10:00'),
      end: at('10:20'),
      stationIds: ['s2'],
      adviserIds: ['a3'],
    });
  });
});

describe('slotsForDay', () => {
  it('offers every candidate start while everything is free', () => {
    const slots = slotsForDay(
      plan({
        stations: [
          { id: 's1', busy: [] },
          { id: 's2', busy: [] },
        ],
        durationMs: 15 * MIN,
      }),
    );
    expect(starts(slots)).toEqual(['10:00', '10:15', '10:30', '10:45', '11:00', '11:15', '11:30', '11:45']);
    for (const slot of slots) {
      expect(slot).toMatchObject({ stationIds: ['s1', 's2'], adviserIds: ['a1'] });
      expect(slot.end - slot.start).toBe(15 * MIN);
    }
  });

  it('skips starts whose visit would overlap a booking of the only station, but not one that ends at the start', () => {
    const slots = slotsForDay(plan({ stations: [{ id: 's1', busy: [span('10:30', '11:00')] }] }));
    // 10:15-10:35 and 10:45-11:05 overlap; 10:00-10:20 and 11:00-11:20 do not.
    expect(starts(slots)).toEqual(['10:00', '11:00', '11:15', '11:30']);
  });

  it('needs the adviser inside working time for the whole visit', () => {
    const slots = slotsForDay(
      plan({ advisers: [{ id: 'a1', available: [span('10:30', '11:30')], busy: [] }] }),
    );
    expect(starts(slots)).toEqual(['10:30', '10:45', '11:00']);
  });

  it('keeps a slot while another adviser is free, with lower capacity', () => {
    const slots = slotsForDay(
      plan({
        stations: [
          { id: 's1', busy: [] },
          { id: 's2', busy: [] },
        ],
        advisers: [
          { id: 'a1', available: [span('09:30', '14:30')], busy: [span('10:00', '10:20')] },
          { id: 'a2', available: [span('09:30', '14:30')], busy: [] },
        ],
      }),
    );
    const first = slots.find((slot) => localTime(slot.start) === '10:00')!;
    expect(first.adviserIds).toEqual(['a2']);
    expect(capacityOf(first)).toBe(1);
    const later = slots.find((slot) => localTime(slot.start) === '10:30')!;
    expect(capacityOf(later)).toBe(2);
  });

  it('offers nothing without stations or without advisers', () => {
    expect(slotsForDay(plan({ stations: [] }))).toEqual([]);
    expect(slotsForDay(plan({ advisers: [] }))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties over random day plans, checked against an independent brute-force oracle.
// ---------------------------------------------------------------------------------------------

const interval = (starts: { min: number; max: number }, lengths: { min: number; max: number }) =>
  fc
    .tuple(fc.integer(starts), fc.integer(lengths))
    .map(([start, length]): Interval => ({ start, end: start + length }));

/** A booking, in minutes after origin: mostly in office hours, sometimes on the day before or after. */
const booking = fc.oneof(
  { weight: 4, arbitrary: interval({ min: 420, max: 1080 }, { min: 1, max: 90 }) },
  { weight: 1, arbitrary: interval({ min: -120, max: 1560 }, { min: 1, max: 150 }) },
);

/** Opening rows may overlap or touch, like rows of a weekly table. */
const opening = fc.oneof(
  interval({ min: 420, max: 900 }, { min: 10, max: 420 }),
  interval({ min: 0, max: 1400 }, { min: 1, max: 600 }),
);

/** Sorted, disjoint, with gaps: the shape buildDayPlans gives (working time minus absences). */
const availability = fc
  .tuple(
    fc.integer({ min: 300, max: 900 }),
    fc.array(fc.tuple(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 120 })), {
      minLength: 1,
      maxLength: 3,
    }),
  )
  .map(([first, parts]) => {
    const intervals: Interval[] = [];
    let cursor = first;
    for (const [length, gap] of parts) {
      intervals.push({ start: cursor, end: cursor + length });
      cursor += length + gap;
    }
    return intervals;
  });

const toMs = (origin: number) => (i: Interval) => ({
  start: origin + i.start * MIN,
  end: origin + i.end * MIN,
});

/** A bound in ms from origin (any millisecond, or on a whole minute), or none (days away). */
const bound = (none: number) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant(none) },
    { weight: 1, arbitrary: fc.integer({ min: -60 * MIN, max: 1500 * MIN }) },
    { weight: 1, arbitrary: fc.integer({ min: -60, max: 1500 }).map((minute) => minute * MIN) },
  );

const dayPlan: fc.Arbitrary<DayPlan> = fc
  .record({
    originMinute: fc.integer({ min: 29_400_000, max: 30_500_000 }), // 2025-11 .. 2027-12
    step: fc.constantFrom(5, 10, 15, 20, 30, 60),
    duration: fc.integer({ min: 1, max: 120 }),
    // Empty lists are covered by the examples above; here every plan has something to offer.
    openings: fc.array(opening, { minLength: 1, maxLength: 3 }),
    stations: fc.array(fc.array(booking, { maxLength: 4 }), { minLength: 1, maxLength: 4 }),
    advisers: fc.array(fc.record({ available: availability, busy: fc.array(booking, { maxLength: 4 }) }), {
      minLength: 1,
      maxLength: 4,
    }),
    earliest: bound(-2 * 1440 * MIN),
    latest: bound(3 * 1440 * MIN),
  })
  .map((g) => {
    const origin = g.originMinute * MIN;
    const ms = toMs(origin);
    return {
      origin,
      stepMs: g.step * MIN,
      durationMs: g.duration * MIN,
      openings: g.openings.map(ms),
      stations: g.stations.map((busy, index) => ({ id: `s${index}`, busy: busy.map(ms) })),
      advisers: g.advisers.map((adviser, index) => ({
        id: `a${index}`,
        available: adviser.available.map(ms),
        busy: adviser.busy.map(ms),
      })),
      earliestStart: origin + g.earliest,
      latestStart: origin + g.latest,
    };
  });

/** Whether [start, end) lies inside the union of `intervals` (a sweep, independent of the code). */
function covered(intervals: Interval[], start: number, end: number): boolean {
  let reached = start;
  for (;;) {
    const next = intervals.filter((i) => i.start <= reached && reached < i.end);
    if (next.length === 0) return false;
    reached = Math.max(...next.map((i) => i.end));
    if (reached >= end) return true;
  }
}

const clashes = (busy: Interval[], start: number, end: number) =>
  busy.some((b) => b.start < end && start < b.end);

/** Every grid start of the day, tried one by one. */
function oracle(p: DayPlan): Slot[] {
  const slots: Slot[] = [];
  for (let k = -24; k <= (2100 * MIN) / p.stepMs; k++) {
    const start = p.origin + k * p.stepMs;
    const end = start + p.durationMs;
    if (start < p.earliestStart || start > p.latestStart || !covered(p.openings, start, end)) continue;
    const stationIds = p.stations.filter((s) => !clashes(s.busy, start, end)).map((s) => s.id);
    const adviserIds = p.advisers
      .filter(
        (a) => a.available.some((i) => i.start <= start && end <= i.end) && !clashes(a.busy, start, end),
      )
      .map((a) => a.id);
    if (stationIds.length > 0 && adviserIds.length > 0) slots.push({ start, end, stationIds, adviserIds });
  }
  return slots;
}

describe('slotsForDay (properties)', () => {
  const runs = { numRuns: 500 };

  it('puts every slot inside the opening hours', () => {
    fc.assert(
      fc.property(dayPlan, (p) => {
        for (const slot of slotsForDay(p)) expect(covered(p.openings, slot.start, slot.end)).toBe(true);
      }),
      runs,
    );
  });

  it('gives every slot the visit length, on the grid from origin, within the notice and horizon bounds', () => {
    fc.assert(
      fc.property(dayPlan, (p) => {
        for (const slot of slotsForDay(p)) {
          expect(slot.end - slot.start).toBe(p.durationMs);
          expect((slot.start - p.origin) % p.stepMs).toBe(0);
          expect(slot.start).toBeGreaterThanOrEqual(p.earliestStart);
          expect(slot.start).toBeLessThanOrEqual(p.latestStart);
        }
      }),
      runs,
    );
  });

  it('lists only advisers who work the whole visit and are not booked in it', () => {
    fc.assert(
      fc.property(dayPlan, (p) => {
        for (const slot of slotsForDay(p)) {
          expect(slot.adviserIds.length).toBeGreaterThan(0);
          for (const id of slot.adviserIds) {
            const adviser = p.advisers.find((a) => a.id === id)!;
            expect(adviser.available.some((i) => i.start <= slot.start && slot.end <= i.end)).toBe(true);
            expect(clashes(adviser.busy, slot.start, slot.end)).toBe(false);
          }
        }
      }),
      runs,
    );
  });

  it('lists only stations that are not booked during the visit', () => {
    fc.assert(
      fc.property(dayPlan, (p) => {
        for (const slot of slotsForDay(p)) {
          expect(slot.stationIds.length).toBeGreaterThan(0);
          for (const id of slot.stationIds) {
            const station = p.stations.find((s) => s.id === id)!;
            expect(clashes(station.busy, slot.start, slot.end)).toBe(false);
          }
        }
      }),
      runs,
    );
  });

  it('lists each start once, in order, with capacity of at least one', () => {
    fc.assert(
      fc.property(dayPlan, (p) => {
        const slots = slotsForDay(p);
        slots.forEach((slot, index) => {
          expect(capacityOf(slot)).toBeGreaterThanOrEqual(1);
          if (index > 0) expect(slot.start).toBeGreaterThan(slots[index - 1].start);
        });
      }),
      runs,
    );
  });

  it('is complete: lists exactly the starts the brute-force oracle finds, with the same free resources', () => {
    fc.assert(
      fc.property(dayPlan, (p) => {
        expect(slotsForDay(p)).toEqual(oracle(p));
      }),
      runs,
    );
  });

  it('agrees with candidateStarts and resourcesAt', () => {
    fc.assert(
      fc.property(dayPlan, (p) => {
        const candidates = candidateStarts(p);
        const slots = slotsForDay(p);
        for (const slot of slots) {
          expect(candidates).toContain(slot.start);
          expect(resourcesAt(p, slot.start)).toEqual(slot);
        }
        for (const start of candidates) {
          if (!slots.some((slot) => slot.start === start)) expect(capacityOf(resourcesAt(p, start))).toBe(0);
        }
      }),
      runs,
    );
  });

  it('never gains a slot or capacity when a booking is added', () => {
    fc.assert(
      fc.property(dayPlan, booking, fc.nat(), fc.boolean(), (p, added, pick, onStation) => {
        const extra = toMs(p.origin)(added);
        const booked: DayPlan = structuredClone(p);
        if (onStation && booked.stations.length > 0)
          booked.stations[pick % booked.stations.length].busy.push(extra);
        if (!onStation && booked.advisers.length > 0)
          booked.advisers[pick % booked.advisers.length].busy.push(extra);
        const before = new Map(slotsForDay(p).map((slot) => [slot.start, capacityOf(slot)]));
        for (const slot of slotsForDay(booked)) {
          expect(before.has(slot.start)).toBe(true);
          expect(capacityOf(slot)).toBeLessThanOrEqual(before.get(slot.start)!);
        }
      }),
      runs,
    );
  });
});
