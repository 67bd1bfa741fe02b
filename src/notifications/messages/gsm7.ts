/**
 * The GSM 03.38 default alphabet: text made only of these is sent 7 bits a character, 160 to an
 * SMS. One character outside it (an en dash, a curly quote) makes the whole SMS UCS-2, 70 to a
 * part. Danish æ, ø and å are in it. The extension table (€, [, ] …) is left out on purpose: each
 * of those costs two characters, and our texts need none of them.
 */
const GSM7 = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);

/** Characters place names and catalog texts use that have a plain GSM-7 stand-in. */
const STAND_INS: Record<string, string> = {
  '\u2013': '-',
  '\u2014': '-',
  '\u2010': '-',
  '\u2011': '-',
  '\u2018': "'",
  '\u2019': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2026': '...',
  '\u00A0': ' ',
  '\u202F': ' ',
  '\t': ' ',
  '[': '(',
  ']': ')',
  '{': '(',
  '}': ')',
  '|': '/',
  '\\': '/',
  '~': '-',
  '^': '',
  '€': 'EUR',
};

export function isGsm7(text: string): boolean {
  return [...text].every((character) => GSM7.has(character));
}

/**
 * The text in GSM-7 only: stand-ins for dashes and quotes, letters without the accent GSM-7 lacks
 * ("á" → "a"), "?" for anything else. Line breaks become spaces: an SMS is one paragraph.
 */
export function toGsm7(text: string): string {
  let out = '';
  for (const character of text.replace(/[\r\n]+/g, ' ')) {
    if (GSM7.has(character)) out += character;
    else if (character in STAND_INS) out += STAND_INS[character];
    else {
      const bare = character.normalize('NFD').replace(/\p{M}/gu, '');
      out += bare !== '' && isGsm7(bare) ? bare : '?';
    }
  }
  return out;
}
