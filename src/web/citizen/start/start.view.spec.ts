import { type CatalogErrand, searchQuery, toStartView } from './start.view.js';

const errand = (code: string, da: string, en: string): CatalogErrand => ({
  code,
  name: { da, en },
  description: { da: `Om ${da}`, en: `About ${en}` },
});
const PAS = errand('PAS_VOKSEN', 'Pas', 'Passport');
const MISTET = errand('PAS_MISTET', 'Mistet pas', 'Lost passport');
const FLYT = errand('FLYT', 'Flytning', 'Moving');
const ALL = [MISTET, PAS, FLYT];

describe('toStartView', () => {
  it('shows no results block before anyone searched', () => {
    const view = toStartView({ query: '', all: ALL }, 'da');
    expect(view.results).toBeUndefined();
    expect(view.nothingFound).toBe(false);
  });

  it('lists what the search found, with a line on what each errand is, in the page language', () => {
    const view = toStartView({ query: 'mistet mit pas', all: ALL, found: [MISTET, PAS] }, 'en');
    expect(view.results).toEqual([
      { code: 'PAS_MISTET', name: 'Lost passport', description: 'About Lost passport' },
      { code: 'PAS_VOKSEN', name: 'Passport', description: 'About Passport' },
    ]);
    expect(view.nothingFound).toBe(false);
  });

  it('says so when nothing was found, and still offers the errands by topic', () => {
    const view = toStartView({ query: 'xyzzy', all: ALL, found: [] }, 'da');
    expect(view.results).toEqual([]);
    expect(view.nothingFound).toBe(true);
    expect(view.topics.map((group) => group.name)).toEqual([
      'Pas og legitimation',
      'Flytning, adresse og attester',
    ]);
    expect(view.borgerDkUrl).toBe('https://www.borger.dk/');
  });

  it('shows the common errands in their order of volume, only those the catalog has', () => {
    const view = toStartView({ query: '', all: ALL }, 'da');
    expect(view.common).toEqual([
      { code: 'PAS_VOKSEN', name: 'Pas' },
      { code: 'FLYT', name: 'Flytning' },
    ]);
  });
});

describe('searchQuery', () => {
  it('trims, shortens to 200 characters and ignores what is not text', () => {
    expect(searchQuery('  pas  ')).toBe('pas');
    expect(searchQuery('x'.repeat(300))).toHaveLength(200);
    expect(searchQuery(['pas', 'kort'])).toBe('');
    expect(searchQuery(undefined)).toBe('');
  });
});
