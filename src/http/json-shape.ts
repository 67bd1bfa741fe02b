export interface JsonShapeLimits {
  /** Deepest nesting of arrays and objects (`{}` is 1, `{"a":[]}` is 2). */
  depth: number;
  /** Most values in all arrays and objects together (elements plus members). */
  values: number;
}

export type JsonShapeProblem = { exceeds: 'depth' | 'values'; limit: number };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_ARRAY = 0x5b;
const OPEN_OBJECT = 0x7b;
const CLOSE_ARRAY = 0x5d;
const CLOSE_OBJECT = 0x7d;

/**
 * Checks a JSON text's nesting and size in one pass over its bytes, before it is parsed: a deeply
 * nested or very wide body would otherwise cost the parser, class-transformer and class-validator
 * far more than the request is worth (4 KB of `[[[[…` overflowed class-transformer's stack). Values
 * are counted as containers plus commas (an array of n elements counts n), which needs no parsing;
 * bytes inside strings (including escaped quotes) are skipped. Invalid JSON is left to the parser.
 */
export function jsonShapeProblem(body: Uint8Array, limits: JsonShapeLimits): JsonShapeProblem | undefined {
  let depth = 0;
  let values = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const byte = body[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN_ARRAY || byte === OPEN_OBJECT) {
      if (++depth > limits.depth) return { exceeds: 'depth', limit: limits.depth };
      if (++values > limits.values) return { exceeds: 'values', limit: limits.values };
    } else if (byte === CLOSE_ARRAY || byte === CLOSE_OBJECT) {
      depth--;
    } else if (byte === COMMA) {
      if (++values > limits.values) return { exceeds: 'values', limit: limits.values };
    }
  }
  return undefined;
}
