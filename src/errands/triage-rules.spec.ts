import type { ErrandDefinition } from './errand-definition.js';
import { checkAnswers, decide, validateErrandDefinition } from './triage-rules.js';

const text = (value: string) => ({ da: value, en: value });

function errand(overrides: Partial<ErrandDefinition> = {}): ErrandDefinition {
  return {
    code: 'FLYT',
    name: text('Flytning'),
    description: text('Meld flytning'),
    visitMinutes: 20,
    documents: { da: ['ID'], en: ['ID'] },
    fee: text('Gratis'),
    keywords: { da: [], en: [] },
    selfService: [
      {
        key: 'borger-dk',
        channel: 'online',
        title: text('borger.dk'),
        where: text('borger.dk'),
        who: text('Alle'),
      },
    ],
    questions: [
      { key: 'needs_help', text: text('Hjælp?'), required: false },
      { key: 'has_mitid', text: text('MitID?'), required: true },
      { key: 'abroad', text: text('Udland?'), required: false },
    ],
    rules: [
      {
        key: 'needs-help',
        when: [{ question: 'needs_help', equals: true }],
        outcome: 'visit',
        reason: text('hjælp'),
      },
      {
        key: 'no-mitid',
        when: [{ question: 'has_mitid', equals: false }],
        outcome: 'visit',
        reason: text('ingen MitID'),
      },
      {
        key: 'abroad',
        when: [{ question: 'abroad', equals: true }],
        outcome: 'visit',
        reason: text('udland'),
      },
      { key: 'online', when: [], outcome: 'self_service', reason: text('online'), options: ['borger-dk'] },
    ],
    ...overrides,
  };
}

const asRules = (definition: ErrandDefinition) => definition.rules.map((r) => ({ ...r, conditions: r.when }));

describe('checkAnswers', () => {
  const { questions } = errand();

  it('accepts answers to known questions with every required one given', () => {
    expect(checkAnswers(questions, { has_mitid: true })).toBeUndefined();
    expect(checkAnswers(questions, { has_mitid: false, abroad: true, needs_help: false })).toBeUndefined();
  });

  it('names unknown, missing and non-boolean answers', () => {
    expect(checkAnswers(questions, { colour: 'blue', abroad: 'yes' })).toEqual({
      unknown: ['colour'],
      missing: ['has_mitid'],
      notBoolean: ['abroad'],
    });
  });

  it('treats null as not a boolean rather than as unanswered', () => {
    expect(checkAnswers(questions, { has_mitid: null })).toEqual({
      unknown: [],
      missing: [],
      notBoolean: ['has_mitid'],
    });
  });
});

describe('decide', () => {
  const rules = asRules(errand());

  it.each([
    [{ has_mitid: true }, 'online'],
    [{ has_mitid: true, abroad: false }, 'online'],
    [{ has_mitid: false }, 'no-mitid'],
    [{ has_mitid: true, abroad: true }, 'abroad'],
    [{ has_mitid: true, needs_help: true }, 'needs-help'],
    [{ has_mitid: false, needs_help: true }, 'needs-help'],
  ])('%j → rule %s (first match wins)', (answers, expected) => {
    expect(decide(rules, answers)?.key).toBe(expected);
  });

  it('requires every condition of a rule to hold', () => {
    const both = [
      {
        key: 'both',
        conditions: [
          { question: 'a', equals: true },
          { question: 'b', equals: true },
        ],
        outcome: 'visit' as const,
      },
      { key: 'fallback', conditions: [], outcome: 'self_service' as const },
    ];
    expect(decide(both, { a: true, b: true })?.key).toBe('both');
    expect(decide(both, { a: true, b: false })?.key).toBe('fallback');
    expect(decide(both, { a: true })?.key).toBe('fallback');
  });

  it('finds nothing when no rule applies and there is no fallback', () => {
    expect(
      decide([{ key: 'only', conditions: [{ question: 'a', equals: true }], outcome: 'visit' }], {}),
    ).toBeUndefined();
  });
});

describe('validateErrandDefinition', () => {
  it('accepts a sound errand', () => {
    expect(validateErrandDefinition(errand())).toEqual([]);
  });

  it('requires a final unconditional rule', () => {
    const definition = errand();
    definition.rules = definition.rules.slice(0, 3);
    expect(validateErrandDefinition(definition)).toContain(
      'the last rule must have no conditions (the fallback)',
    );
  });

  it('rejects rules that refer to unknown questions or options', () => {
    const definition = errand();
    definition.rules[1] = { ...definition.rules[1], when: [{ question: 'has_nemid', equals: false }] };
    definition.rules[3] = { ...definition.rules[3], options: ['app'] };
    expect(validateErrandDefinition(definition)).toEqual([
      'rule "no-mitid" refers to the unknown question "has_nemid"',
      'rule "online" refers to the unknown option "app"',
    ]);
  });

  it('requires a self-service outcome to show an option', () => {
    const definition = errand();
    definition.rules[3] = { ...definition.rules[3], options: [] };
    expect(validateErrandDefinition(definition)).toContain(
      'rule "online" gives self_service but shows no self-service option',
    );
  });

  it('requires a way to ask for help wherever self-service is possible', () => {
    const definition = errand();
    definition.rules = definition.rules.slice(1);
    expect(validateErrandDefinition(definition)).toEqual([
      'self-service is possible, so the first rule must send "needs_help: true" to a visit',
    ]);
  });

  it('does not ask for a help question when every outcome is a visit', () => {
    const definition = errand({
      questions: [],
      rules: [{ key: 'always', when: [], outcome: 'visit', reason: text('altid') }],
    });
    expect(validateErrandDefinition(definition)).toEqual([]);
  });

  it('rejects duplicate keys and malformed codes', () => {
    const definition = errand({ code: 'flyt' });
    definition.questions.push({ key: 'has_mitid', text: text('igen'), required: false });
    expect(validateErrandDefinition(definition)).toEqual([
      'code "flyt" must be UPPER_SNAKE_CASE',
      'question "has_mitid" is defined twice',
    ]);
  });

  it('accepts "not yet" and "elsewhere" rules without options, and asks for no help question for them', () => {
    const definition = errand({
      questions: [{ key: 'due', text: text('Udløber det snart?'), required: true }],
      rules: [
        {
          key: 'too-early',
          when: [{ question: 'due', equals: false }],
          outcome: 'not_yet',
          reason: text('Vent'),
        },
        { key: 'other', when: [], outcome: 'elsewhere', reason: text('Ring til Udbetaling Danmark') },
      ],
    });
    expect(validateErrandDefinition(definition)).toEqual([]);
  });
});
