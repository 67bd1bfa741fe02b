import { hasBidiControl, hasControlCharacter, isInvisible, normalizeName } from './person-name.js';

describe('person names', () => {
  it('normalizeName composes (NFC) and trims, and leaves non-strings alone', () => {
    expect(normalizeName(' A\u030Ase ')).toBe('\u00C5se');
    expect(normalizeName(42)).toBe(42);
  });

  it('hasControlCharacter finds C0, DEL and C1 controls', () => {
    for (const text of ['a\tb', 'a\nb', 'a\u0000', 'a\u007f', 'a\u009b'])
      expect(hasControlCharacter(text)).toBe(true);
    expect(hasControlCharacter('Søren Østergård-Åberg')).toBe(false);
  });

  it('hasBidiControl finds embeddings, overrides and isolates, not the letters of right-to-left scripts', () => {
    for (const code of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069])
      expect(hasBidiControl(`Karen ${String.fromCodePoint(code)}`)).toBe(true);
    expect(hasBidiControl('محمد')).toBe(false);
    expect(hasBidiControl('שרה')).toBe(false);
  });

  it('isInvisible is true for white space, zero-width and filler characters only', () => {
    for (const text of [' ', '\u200b', '\u200c\u200d', '\u2060\ufeff', '\u3164', '\u00a0\u2800'])
      expect(isInvisible(text)).toBe(true);
    for (const text of ['a', '\u200bA', '李', '.']) expect(isInvisible(text)).toBe(false);
  });
});
