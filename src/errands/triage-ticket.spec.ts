import { isBookable, offersCallback } from './triage-ticket.js';

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

describe('offersCallback', () => {
  const phone = (rules: { key: string; offersCallback: boolean }[], phoneMinutes: number | null = 15) => ({
    phoneMinutes,
    rules,
  });
  const rules = [
    { key: 'needs-help', offersCallback: true },
    { key: 'no-mitid', offersCallback: false },
  ];

  it('offers a callback for a `callback` triage of an errand phone help can solve', () => {
    expect(offersCallback({ outcome: 'callback', ruleKey: 'x', errand: phone([]) })).toBe(true);
  });

  it('offers one next to a visit only when the deciding rule says so', () => {
    expect(offersCallback({ outcome: 'visit', ruleKey: 'needs-help', errand: phone(rules) })).toBe(true);
    expect(offersCallback({ outcome: 'visit', ruleKey: 'no-mitid', errand: phone(rules) })).toBe(false);
  });

  it('never without phone help, and never for self-service, not yet or elsewhere', () => {
    expect(offersCallback({ outcome: 'callback', ruleKey: 'x', errand: phone([], null) })).toBe(false);
    expect(offersCallback({ outcome: 'visit', ruleKey: 'needs-help', errand: phone(rules, null) })).toBe(
      false,
    );
    expect(offersCallback({ outcome: 'self_service', ruleKey: 'needs-help', errand: phone(rules) })).toBe(
      false,
    );
    expect(offersCallback({ outcome: 'elsewhere', ruleKey: 'needs-help', errand: phone(rules) })).toBe(false);
  });
});
