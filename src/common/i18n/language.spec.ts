import { resolveLanguage } from './language.js';

describe('resolveLanguage', () => {
  it.each([
    [undefined, 'da'],
    ['', 'da'],
    ['en', 'en'],
    ['da', 'da'],
    ['en-GB,en;q=0.9', 'en'],
    ['da-DK, en;q=0.5', 'da'],
    ['de, en;q=0.8, da;q=0.9', 'da'],
    ['de, fr', 'da'],
    ['en;q=0, da;q=0.1', 'da'],
    ['EN', 'en'],
    [['fr', 'en'], 'en'],
  ])('%j → %s', (header, expected) => {
    expect(resolveLanguage(header)).toBe(expected);
  });
});
