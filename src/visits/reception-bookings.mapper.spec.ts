import type { TriageSession } from '../errands/entities/triage-session.entity.js';
import { toBookingTriageResponse, toFreeDays } from './reception-bookings.mapper.js';

describe('toBookingTriageResponse', () => {
  it('gives each question in position order with the answer, a skipped one said so', () => {
    const triage = {
      outcome: 'visit',
      reason: { da: 'Du skal møde op', en: 'You must come in' },
      answers: { has_mitid: false },
      errand: {
        questions: [
          { key: 'has_old_passport', position: 2, text: { da: 'Gammelt pas?', en: 'Old passport?' } },
          { key: 'has_mitid', position: 1, text: { da: 'MitID?', en: 'MitID?' } },
        ],
      },
    } as unknown as TriageSession;
    expect(toBookingTriageResponse(triage, 'en')).toEqual({
      outcome: 'visit',
      reason: 'You must come in',
      answers: [
        { key: 'has_mitid', question: 'MitID?', answer: 'no' },
        { key: 'has_old_passport', question: 'Old passport?', answer: 'skipped' },
      ],
    });
  });
});

describe('toFreeDays', () => {
  it('lists each start once per day, in the place’s offset', () => {
    const location = { timeZone: 'Europe/Copenhagen' };
    const slot = { start: Date.parse('2026-11-26T09:00:00Z') };
    const days = toFreeDays([
      {
        date: '2026-11-26',
        slots: [
          { location, slot },
          { location, slot },
        ],
      },
      { date: '2026-11-27', slots: [] },
    ] as never);
    expect(days).toEqual([
      { date: '2026-11-26', starts: ['2026-11-26T10:00:00+01:00'] },
      { date: '2026-11-27', starts: [] },
    ]);
  });
});
