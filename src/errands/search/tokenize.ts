/** At most this many words of a query are searched; citizens' sentences are short. */
export const MAX_QUERY_WORDS = 12;
const MAX_WORD_LENGTH = 40;

/**
 * Splits what a citizen typed into lowercase words (Danish case rules, letters and digits only), in
 * order and without repeats. Stop words and spelling are left to PostgreSQL's dictionaries.
 */
export function tokenize(query: string): string[] {
  const words = query.toLocaleLowerCase('da').match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.filter((w) => w.length <= MAX_WORD_LENGTH))].slice(0, MAX_QUERY_WORDS);
}
