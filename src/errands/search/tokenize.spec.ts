import { MAX_QUERY_WORDS, tokenize } from './tokenize.js';

describe('tokenize', () => {
  it('lowercases with Danish letters intact and drops punctuation', () => {
    expect(tokenize('Mistet mit PAS!')).toEqual(['mistet', 'mit', 'pas']);
    expect(tokenize('KØREKORT, Æble-Å')).toEqual(['kørekort', 'æble', 'å']);
  });

  it('splits hyphenated and slashed words and removes repeats', () => {
    expect(tokenize('EU-sygesikringskort / pas pas')).toEqual(['eu', 'sygesikringskort', 'pas']);
  });

  it('returns nothing for a query without letters or digits', () => {
    expect(tokenize(' ?!- ')).toEqual([]);
  });

  it(`keeps at most ${MAX_QUERY_WORDS} words and skips absurdly long ones`, () => {
    const many = Array.from({ length: 20 }, (_, i) => `ord${i}`).join(' ');
    expect(tokenize(many)).toHaveLength(MAX_QUERY_WORDS);
    expect(tokenize(`${'a'.repeat(41)} pas`)).toEqual(['pas']);
  });
});
