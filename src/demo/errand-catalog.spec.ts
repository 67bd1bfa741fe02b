import { validateErrandDefinition } from '../errands/triage-rules.js';
import { DEMO_ERRANDS } from './errand-catalog.js';

describe('demo errand catalog', () => {
  it.each(DEMO_ERRANDS.map((errand) => [errand.code, errand] as const))(
    '%s is a sound errand definition',
    (_code, errand) => {
      expect(validateErrandDefinition(errand)).toEqual([]);
    },
  );

  it('has the 21 researched errands with unique codes', () => {
    const codes = DEMO_ERRANDS.map((errand) => errand.code);
    expect(new Set(codes).size).toBe(21);
  });

  it('gives every errand its documents and keywords in both languages', () => {
    for (const errand of DEMO_ERRANDS) {
      expect(errand.documents.da).toHaveLength(errand.documents.en.length);
      expect(errand.keywords.da.length).toBeGreaterThan(0);
      expect(errand.keywords.en.length).toBeGreaterThan(0);
    }
  });

  it('links only to https addresses', () => {
    const urls = DEMO_ERRANDS.flatMap((errand) =>
      errand.selfService.flatMap((option) => (option.url ? [option.url] : [])),
    );
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\/[a-z0-9.-]+\.dk(\/|$)/);
  });
});
