import { isBookable } from './triage-ticket.js';

describe('isBookable', () => {
  const tried = new Date('2026-11-25T09:00:00+01:00');

  it('books a visit triage, with or without a self-service attempt', () => {
    expect(isBookable({ outcome: 'visit', selfServiceTriedAt: null })).toBe(true);
  });

  it('books a self-service triage only after the citizen said they could not do it', () => {
    expect(isBookable({ outcome: 'self_service', selfServiceTriedAt: null })).toBe(false);
    expect(isBookable({ outcome: 'self_service', selfServiceTriedAt: tried })).toBe(true);
  });

  it('never books "not yet" or "elsewhere"', () => {
    expect(isBookable({ outcome: 'not_yet', selfServiceTriedAt: null })).toBe(false);
    expect(isBookable({ outcome: 'elsewhere', selfServiceTriedAt: tried })).toBe(false);
  });
});
