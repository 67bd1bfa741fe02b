import { readErrandFiles } from '../../demo/catalog-files.js';
import type { ErrandDefinition } from '../errand-definition.js';
import { diffDefinitions, triageChanged } from './definition-diff.js';
import { summarizeDiff } from './diff-summary.js';

const flyt = readErrandFiles().find((errand) => errand.code === 'FLYT')!;
const copy = (): ErrandDefinition => structuredClone(flyt);
const nothing = { added: [], removed: [], changed: [], reordered: false };

describe('diffDefinitions', () => {
  it('finds nothing between a definition and itself, whatever the key order or empty optional fields', () => {
    const same = copy();
    same.rules = same.rules.map((rule) => ({ options: [], ...rule }));
    same.selfService = same.selfService.map(({ title, ...option }) => ({ ...option, title }));
    const diff = diffDefinitions(flyt, same);
    expect(diff).toEqual({ questions: nothing, selfService: nothing, rules: nothing, fields: [] });
    expect(triageChanged(diff)).toBe(false);
  });

  it('names the rule that changed and the fields that differ', () => {
    const after = copy();
    after.rules[1] = { ...after.rules[1], outcome: 'elsewhere', when: [] };
    const diff = diffDefinitions(flyt, after);
    expect(diff.rules).toEqual({
      ...nothing,
      changed: [{ key: flyt.rules[1].key, fields: ['when', 'outcome'] }],
    });
    expect(triageChanged(diff)).toBe(true);
  });

  it('finds questions added and removed by key, and rules put in another order', () => {
    const after = copy();
    after.questions = [
      ...after.questions.filter((q) => q.key !== 'moving_abroad'),
      { key: 'has_children', required: false, text: { da: 'Børn?', en: 'Children?' } },
    ];
    after.rules = [after.rules[0], after.rules[2], after.rules[1], ...after.rules.slice(3)];
    const diff = diffDefinitions(flyt, after);
    expect(diff.questions).toEqual({ ...nothing, added: ['has_children'], removed: ['moving_abroad'] });
    expect(diff.rules).toEqual({ ...nothing, reordered: true });
  });

  it('counts a new option and a changed link as changes of self-service', () => {
    const after = copy();
    after.selfService[0] = { ...after.selfService[0], url: 'https://www.borger.dk/ny' };
    const diff = diffDefinitions(flyt, after);
    expect(diff.selfService.changed).toEqual([{ key: after.selfService[0].key, fields: ['url'] }]);
  });

  it('lists descriptive fields apart; they do not change a triage', () => {
    const after = { ...copy(), fee: { da: '100 kr.', en: 'DKK 100' }, visitMinutes: 25 };
    const diff = diffDefinitions(flyt, after);
    expect(diff.fields).toEqual(['visitMinutes', 'fee']);
    expect(triageChanged(diff)).toBe(false);
  });

  it('has everything added for a first version', () => {
    const diff = diffDefinitions(undefined, flyt);
    expect(diff.questions.added).toEqual(flyt.questions.map((q) => q.key));
    expect(diff.rules.added).toHaveLength(flyt.rules.length);
    expect(diff.fields).toEqual([]);
  });
});

describe('summarizeDiff', () => {
  it('says what changed per section, in Danish and English', () => {
    const after = copy();
    after.rules[1] = { ...after.rules[1], outcome: 'elsewhere' };
    after.questions.push({ key: 'x', required: false, text: { da: 'X?', en: 'X?' } });
    after.fee = { da: 'Gratis!', en: 'Free!' };
    const diff = diffDefinitions(flyt, after);
    expect(summarizeDiff(diff, 'da')).toEqual([
      'Spørgsmål: tilføjet x',
      `Regler: ændret ${flyt.rules[1].key} (outcome)`,
      'Også ændret: gebyr',
    ]);
    expect(summarizeDiff(diff, 'en')[1]).toBe(`Rules: changed ${flyt.rules[1].key} (outcome)`);
  });

  it('calls version 1 the first version, and says when nothing changed', () => {
    expect(summarizeDiff(diffDefinitions(undefined, flyt), 'da', true)).toEqual(['Første version']);
    expect(summarizeDiff(diffDefinitions(flyt, flyt), 'en')).toEqual(['No changes']);
  });
});
