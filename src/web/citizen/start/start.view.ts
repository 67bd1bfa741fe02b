import type { Language, Localized } from '../../../common/i18n/localized.js';
import { errandsByTopic, type NamedErrand, type TopicGroup } from './errand-topics.js';
import { TOPIC_NAMES } from './start.texts.js';

/** Errands most citizens come for, shown as links before anyone types (by the reference's volumes). */
export const COMMON_ERRANDS = ['PAS_VOKSEN', 'KK_FORNY', 'FLYT', 'LAEGE_SKIFT', 'MITID_NY', 'SUNDHEDSKORT'];

/**
 * borger.dk's front page, where its search field is: its search results have no address we could
 * rely on, so the page tells the citizen what to type there instead.
 */
export const BORGER_DK_URL = 'https://www.borger.dk/';

/** What the page needs of an errand from the catalog. */
export interface CatalogErrand {
  code: string;
  name: Localized;
  description: Localized;
}

export interface StartView {
  query: string;
  /** Undefined before anyone searched: then the page shows no results block at all. */
  results?: (NamedErrand & { description: string })[];
  /** Searched, and nothing fitted: the page helps on instead of showing an empty list. */
  nothingFound: boolean;
  common: NamedErrand[];
  topics: TopicGroup[];
  borgerDkUrl: string;
}

const LOCALES: Record<Language, string> = { da: 'da', en: 'en' };

/** The start page for what the citizen typed (`query`, trimmed) and what the search `found`. */
export function toStartView(
  input: { query: string; all: CatalogErrand[]; found?: CatalogErrand[] },
  language: Language,
): StartView {
  const named = (errand: CatalogErrand): NamedErrand => ({ code: errand.code, name: errand.name[language] });
  const results = input.query
    ? (input.found ?? []).map((errand) => ({ ...named(errand), description: errand.description[language] }))
    : undefined;
  return {
    query: input.query,
    results,
    nothingFound: results !== undefined && results.length === 0,
    common: COMMON_ERRANDS.flatMap((code) => input.all.filter((errand) => errand.code === code)).map(named),
    topics: errandsByTopic(input.all.map(named), TOPIC_NAMES[language], LOCALES[language]),
    borgerDkUrl: BORGER_DK_URL,
  };
}

/** The search box's text as the page uses it: trimmed, at most 200 characters, '' when absent. */
export function searchQuery(q: unknown): string {
  return typeof q === 'string' ? q.trim().slice(0, 200) : '';
}
