import { pageHref, pageLanguage, switchLanguageHref } from './page-url.js';

describe('page links', () => {
  it('carries English as lang=en and Danish as nothing', () => {
    expect(pageHref('/aerinder/PAS_MISTET', 'en')).toBe('/aerinder/PAS_MISTET?lang=en');
    expect(pageHref('/aerinder/PAS_MISTET', 'da')).toBe('/aerinder/PAS_MISTET');
    expect(pageHref('/tid?dag=2026-12-08', 'en', { sted: 'MAIN' })).toBe(
      '/tid?dag=2026-12-08&sted=MAIN&lang=en',
    );
  });

  it('encodes what a citizen typed', () => {
    expect(pageHref('/', 'da', { q: 'mistet mit pas & kørekort' })).toBe(
      '/?q=mistet+mit+pas+%26+k%C3%B8rekort',
    );
  });

  it('switches the current page to the other language and keeps its query', () => {
    expect(switchLanguageHref('/?q=pas', 'da')).toBe('/?q=pas&lang=en');
    expect(switchLanguageHref('/?q=pas&lang=en', 'en')).toBe('/?q=pas');
  });

  it('reads only en as English', () => {
    expect(pageLanguage({ lang: 'en' })).toBe('en');
    expect(pageLanguage({ lang: ['en', 'en'] })).toBe('da');
    expect(pageLanguage(undefined)).toBe('da');
  });
});
