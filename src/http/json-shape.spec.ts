import fc from 'fast-check';
import { jsonShapeProblem } from './json-shape.js';

const limits = { depth: 4, values: 10 };
const check = (text: string) => jsonShapeProblem(Buffer.from(text), limits);

describe('jsonShapeProblem', () => {
  it('accepts JSON within the limits', () => {
    expect(check('{"a":[1,2,{"b":[]}]}')).toBeUndefined();
    expect(check('"just text"')).toBeUndefined();
    expect(check('[1,2,3,4,5,6,7,8,9]')).toBeUndefined();
  });

  it('refuses nesting deeper than the limit', () => {
    expect(check('[[[[1]]]]')).toBeUndefined();
    expect(check('[[[[[1]]]]]')).toEqual({ exceeds: 'depth', limit: 4 });
    expect(check('{"a":{"b":{"c":{"d":{}}}}}')).toEqual({ exceeds: 'depth', limit: 4 });
  });

  it('refuses more values than the limit, wherever they are', () => {
    expect(check(`[${Array(11).fill(1).join(',')}]`)).toEqual({ exceeds: 'values', limit: 10 });
    expect(check('{"a":[1,2,3],"b":[4,5,6],"c":[7,8,9]}')).toEqual({ exceeds: 'values', limit: 10 });
  });

  it('skips brackets, commas and escaped quotes inside strings', () => {
    expect(check(JSON.stringify({ a: '[[[[[[,,,,,,,,,,,,]]]]]]', b: 'say \\"[[[[[\\"' }))).toBeUndefined();
    expect(check(JSON.stringify(['\\', '[[[[[[']))).toBeUndefined();
  });

  it('leaves text that is not JSON to the parser', () => {
    expect(check('{"a": ')).toBeUndefined();
    expect(check(']]]]]]')).toBeUndefined();
  });

  it('agrees with the parsed structure for any JSON value', () => {
    const measure = (value: unknown, level = 0): { depth: number; values: number } => {
      if (value === null || typeof value !== 'object') return { depth: level, values: 0 };
      const children = Object.values(value);
      const inner = children.map((child) => measure(child, level + 1));
      return {
        depth: Math.max(level + 1, ...inner.map((i) => i.depth)),
        values: Math.max(1, children.length) + inner.reduce((sum, i) => sum + i.values, 0),
      };
    };
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const { depth, values } = measure(value);
        const text = Buffer.from(JSON.stringify(value));
        expect(jsonShapeProblem(text, { depth, values }) === undefined).toBe(true);
        if (depth > 0) expect(jsonShapeProblem(text, { depth: depth - 1, values })?.exceeds).toBe('depth');
      }),
    );
  });
});
