import type { Language } from '../../common/i18n/localized.js';

const BASE = 'http://page.invalid';

/**
 * A link within the pages, in the page's language: Danish is the default, English carries
 * `lang=en`, so every link and form keeps the language the citizen chose without a cookie.
 */
export function pageHref(
  path: string,
  language: Language,
  query: Record<string, string | undefined> = {},
): string {
  const url = new URL(path, BASE);
  for (const [name, value] of Object.entries(query))
    if (value !== undefined) url.searchParams.set(name, value);
  if (language === 'en') url.searchParams.set('lang', 'en');
  else url.searchParams.delete('lang');
  return `${url.pathname}${url.search}`;
}

/** The same page in the other language (the language switch on every page). */
export function switchLanguageHref(currentUrl: string, language: Language): string {
  const url = new URL(currentUrl, BASE);
  const query = Object.fromEntries(url.searchParams);
  return pageHref(url.pathname, language === 'da' ? 'en' : 'da', query);
}

/** The page language from the query: `lang=en` → English, anything else → Danish. */
export function pageLanguage(query: unknown): Language {
  return (query as { lang?: unknown } | undefined)?.lang === 'en' ? 'en' : 'da';
}
