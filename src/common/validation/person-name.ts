/** C0 and C1 control characters and DEL: tabs, line breaks, escapes have no place in a name. */
const CONTROL = /\p{Cc}/u;
/**
 * Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they reorder how the text
 * around them is shown, so a name could display as something else on a reception screen or a list.
 */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/u;
/** What shows nothing: white space, format characters (zero-width space, joiners …), fillers. */
const INVISIBLE = /[\s\p{Cf}\u115f\u1160\u3164\uffa0\u2800]/gu;

/** One spelling per name: é typed as one character or as e + combining accent is the same name. */
export function normalizeName(value: unknown): unknown {
  return typeof value === 'string' ? value.normalize('NFC').trim() : value;
}

export function hasControlCharacter(value: string): boolean {
  return CONTROL.test(value);
}

export function hasBidiControl(value: string): boolean {
  return BIDI_CONTROL.test(value);
}

/** True when nothing of the text would be seen: only white space and zero-width characters. */
export function isInvisible(value: string): boolean {
  return value.replace(INVISIBLE, '').length === 0;
}
