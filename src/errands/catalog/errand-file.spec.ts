import { readErrandFiles } from '../../demo/catalog-files.js';
import { checkCatalog } from './check-catalog.js';
import { checkErrandFile, jsonPath } from './errand-file.js';

const flyt = readErrandFiles().find((errand) => errand.code === 'FLYT')!;

const problemsOf = (data: unknown) => {
  const checked = checkErrandFile(data);
  return checked.ok ? [] : checked.problems.map(({ field, message }) => ({ field, en: message.en }));
};

describe('checkErrandFile', () => {
  it('accepts a data file as it is', () => {
    expect(checkErrandFile(flyt)).toEqual({ ok: true, definition: flyt });
  });

  it('puts each problem of the shape at its field, as a person reads the JSON', () => {
    const broken = {
      ...flyt,
      visitMinutes: '20',
      price: 0,
      questions: [{ ...flyt.questions[0], required: 'ja' }],
    };
    expect(problemsOf(broken).map((p) => p.field)).toEqual([
      'price',
      'visitMinutes',
      'questions[0].required',
    ]);
  });

  it('puts each triage-rule problem at its field', () => {
    const rules = structuredClone(flyt.rules);
    rules[2].when = [{ question: 'lost', equals: true }];
    expect(problemsOf({ ...flyt, rules })).toEqual([
      {
        field: 'rules[2].when[0].question',
        en: `rule "${rules[2].key}" refers to the unknown question "lost"`,
      },
    ]);
  });

  it('refuses "active" and a missing code', () => {
    const { code: _code, ...codeless } = flyt;
    expect(problemsOf({ ...codeless, active: true }).map((p) => p.field)).toEqual(['code', 'active']);
    expect(problemsOf([flyt])).toEqual([{ field: '', en: 'expected one errand object' }]);
  });

  it('writes paths with brackets', () => {
    expect(jsonPath('rules.2.when.0.question')).toBe('rules[2].when[0].question');
    expect(jsonPath('name')).toBe('name');
  });
});

describe('checkCatalog', () => {
  it('gives the definitions of a sound list', () => {
    expect(checkCatalog([flyt])).toEqual([flyt]);
    expect(checkCatalog([])).toEqual([]);
  });

  it('names every problem of every errand at once, by its place and code, and a code given twice', () => {
    const broken = { ...flyt, code: 'FLYT_2', visitMinutes: 0 };
    const error = (() => {
      try {
        checkCatalog([flyt, broken, flyt]);
      } catch (thrown) {
        return thrown as { code: string; detailsIn: (l: 'da' | 'en') => unknown };
      }
    })();
    expect(error?.code).toBe('INVALID_CATALOG');
    expect(error?.detailsIn('en')).toEqual({
      errands: [
        {
          index: 1,
          code: 'FLYT_2',
          problems: [{ field: 'visitMinutes', message: expect.stringMatching(/1/) }],
        },
        {
          index: 2,
          code: 'FLYT',
          problems: [{ field: 'code', message: 'FLYT appears twice in the catalog' }],
        },
      ],
    });
  });

  it('refuses what is not a list', () => {
    expect(() => checkCatalog({ errands: [flyt] })).toThrow(/not imported/);
  });
});
