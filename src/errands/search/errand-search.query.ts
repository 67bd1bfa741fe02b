import type { EntityManager } from 'typeorm';

/** A word matches an errand when its match quality reaches this (1 = exact or same stem). */
export const MIN_WORD_QUALITY = 0.5;

/**
 * Ranks active errands for the words a citizen typed, in Danish or English, in one query:
 *
 * - each word's *quality* for an errand is the best of: a full-text match (Danish or English
 *   stemming) in the name or keywords (1.0) or in the description (0.5), and trigram word similarity
 *   with the accent-folded name or a keyword (catches typos and a missing ø: "korekort");
 * - words are weighted by inverse document frequency over the catalog, so a distinctive word
 *   ("datter", "mistet") decides between errands that share a common one ("pas");
 * - the score is the weighted share of the query's meaningful words the errand matches (0–1).
 *
 * Stop words ("jeg", "mit", "my") are dropped with PostgreSQL's own dictionaries; words no errand
 * matches do not count, so extra words do not push good matches down.
 */
const SEARCH_SQL = `
WITH words AS (
  SELECT DISTINCT word, unaccent(word) AS folded
  FROM unnest($1::text[]) AS word
  WHERE ts_lexize('danish_stem', word) <> '{}' AND ts_lexize('english_stem', word) <> '{}'
),
docs AS (
  SELECT e.id, e.code,
    to_tsvector('danish', concat_ws(' ', e.name_da, array_to_string(e.keywords_da, ' '))) AS main_da,
    to_tsvector('english', concat_ws(' ', e.name_en, array_to_string(e.keywords_en, ' '))) AS main_en,
    to_tsvector('danish', e.description_da) AS description_da,
    to_tsvector('english', e.description_en) AS description_en,
    (SELECT array_agg(unaccent(lower(term)))
       FROM unnest(ARRAY[e.name_da, e.name_en] || e.keywords_da || e.keywords_en) AS term) AS terms
  FROM errands e
  WHERE e.active
),
matches AS (
  SELECT d.id, d.code, w.word, GREATEST(
    CASE WHEN d.main_da @@ plainto_tsquery('danish', w.word)
           OR d.main_en @@ plainto_tsquery('english', w.word) THEN 1.0 ELSE 0 END,
    CASE WHEN d.description_da @@ plainto_tsquery('danish', w.word)
           OR d.description_en @@ plainto_tsquery('english', w.word) THEN 0.5 ELSE 0 END,
    CASE WHEN length(w.folded) >= 3
         THEN (SELECT max(word_similarity(w.folded, term)) FROM unnest(d.terms) AS term) ELSE 0 END
  ) AS quality
  FROM docs d CROSS JOIN words w
),
hits AS (
  SELECT * FROM matches WHERE quality >= $2
),
weights AS (
  SELECT word, ln(1 + (SELECT count(*) FROM docs)::float8 / count(*)) AS idf
  FROM hits GROUP BY word
)
SELECT h.code, round((sum(h.quality * w.idf) / (SELECT sum(idf) FROM weights))::numeric, 3)::float8 AS score
FROM hits h JOIN weights w USING (word)
GROUP BY h.code
ORDER BY score DESC, h.code
LIMIT $3`;

export interface ErrandMatch {
  code: string;
  score: number;
}

export async function searchErrands(
  manager: EntityManager,
  words: string[],
  limit: number,
): Promise<ErrandMatch[]> {
  if (words.length === 0) return [];
  return manager.query<ErrandMatch[]>(SEARCH_SQL, [words, MIN_WORD_QUALITY, limit]);
}
