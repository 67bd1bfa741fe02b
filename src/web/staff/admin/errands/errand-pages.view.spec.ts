import { readErrandFiles } from '../../../../demo/catalog-files.js';
import type { ErrandState } from '../../../../errands/versions/errand-versions.service.js';
import { diffDefinitions } from '../../../../errands/versions/definition-diff.js';
import { ruleLine, toDefinitionView, toErrandList } from './errand-pages.view.js';
import { toPreviewView } from './preview.view.js';
import { otherChanges, toChangesView, toHistoryView } from './version-changes.view.js';

const flyt = readErrandFiles().find((errand) => errand.code === 'FLYT')!;
const NOW = new Date('2026-11-25T09:00:00+01:00');

describe('the errand list', () => {
  it('shows code, name, version and the outcomes in words', () => {
    const state = { code: 'FLYT', active: true, version: 3, definition: flyt } as ErrandState;
    expect(toErrandList([state], 'da')).toEqual([
      {
        code: 'FLYT',
        name: 'Meld flytning',
        version: 3,
        active: true,
        outcomes: 'Besøg, Selvbetjening',
        href: '/staff/admin/aerinder/FLYT',
      },
    ]);
  });
});

describe('the rules in words', () => {
  it('names each condition by its question and answer, the outcome, the reason and the options shown', () => {
    const { rules } = toDefinitionView(flyt, 'da');
    expect(rules[1]).toMatchObject({
      number: 2,
      key: 'no-mitid',
      conditions: ['Har du MitID? – Nej'],
      outcome: 'Besøg',
    });
    expect(rules[3].options).toEqual(['Meld flytning på borger.dk']);
    expect(rules[4].conditions).toEqual([]);
    expect(ruleLine(toDefinitionView(flyt, 'en').rules[4], 'en')).toMatch(
      /^Otherwise \(all other answers\) → Visit: /,
    );
  });
});

describe('the history and one version', () => {
  const changed = structuredClone(flyt);
  changed.rules[1] = { ...changed.rules[1], outcome: 'elsewhere' };
  changed.fee = { da: '10 kr.', en: 'DKK 10' };
  const entries = [
    {
      version: 2,
      createdAt: NOW,
      createdBy: 'a1',
      definition: changed,
      diff: diffDefinitions(flyt, changed),
    },
    { version: 1, createdAt: NOW, createdBy: null, definition: flyt, diff: diffDefinitions(undefined, flyt) },
  ];

  it('says who saved each version, when, and what it changed; the newest is the current one', () => {
    expect(toHistoryView(entries, new Map([['a1', 'Anne Admin']]), 'da', NOW)).toEqual([
      {
        version: 2,
        href: '/staff/admin/aerinder/FLYT/historik/2',
        when: 'onsdag 25. november kl. 09.00',
        who: 'af Anne Admin',
        summary: ['Regler: ændret no-mitid (outcome)', 'Også ændret: gebyr'],
        current: true,
      },
      expect.objectContaining({
        version: 1,
        who: 'indlæst fra datafil',
        summary: ['Første version'],
        current: false,
      }),
    ]);
    expect(toHistoryView(entries, new Map(), 'en', NOW)[0].who).toBe('by a deleted account');
  });

  it('shows a changed rule before and after, in words', () => {
    expect(toChangesView(flyt, changed, entries[0].diff, 'da')).toEqual([
      {
        section: 'rules',
        heading: 'Regler',
        reordered: false,
        items: [
          {
            kind: 'Ændret',
            key: 'no-mitid',
            before: expect.stringMatching(/^Hvis Har du MitID\? – Nej → Besøg: /) as string,
            after: expect.stringMatching(/^Hvis Har du MitID\? – Nej → Anden myndighed: /) as string,
          },
        ],
      },
    ]);
    expect(otherChanges(entries[0].diff, 'da')).toBe('gebyr');
    expect(otherChanges(diffDefinitions(flyt, flyt), 'da')).toBeUndefined();
  });
});

describe('the preview form', () => {
  it('shows each question with yes, no and not answered, the chosen one checked', () => {
    const view = toPreviewView(flyt, { 'svar-has_mitid': 'nej' }, 'da');
    expect(view.result).toBeUndefined();
    expect(view.questions[0]).toMatchObject({ field: 'svar-has_mitid', legend: 'Har du MitID?' });
    expect(view.questions[0].choices.map((c) => [c.id, c.value, c.checked])).toEqual([
      ['svar-has_mitid', 'ja', false],
      ['svar-has_mitid-nej', 'nej', true],
      ['svar-has_mitid-ubesvaret', '', false],
    ]);
  });

  it('once sent, gives the outcome, or the required questions left unanswered', () => {
    const shown = toPreviewView(
      flyt,
      { vis: '1', 'svar-has_mitid': 'nej', 'svar-moving_abroad': 'nej' },
      'en',
    );
    expect(shown.result).toEqual({
      outcome: 'Visit',
      rule: 'no-mitid',
      reason: expect.any(String),
      options: [],
    });
    const missing = toPreviewView(flyt, { vis: '1' }, 'da');
    expect(missing.result).toBeUndefined();
    expect(missing.errors.map((e) => e.field)).toEqual(['svar-has_mitid', 'svar-moving_abroad']);
  });
});
