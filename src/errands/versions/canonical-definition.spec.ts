import { readErrandFiles } from '../../demo/catalog-files.js';
import type { Errand } from '../entities/errand.entity.js';
import { canonicalDefinition, definitionOf, sameDefinition } from './canonical-definition.js';
import { errandAsOf, partsOf } from './errand-parts.js';

const catalog = readErrandFiles();
const flyt = catalog.find((errand) => errand.code === 'FLYT')!;

/** An errand as the catalog cache holds it, built from a definition. */
function stored(definition = flyt): Errand {
  const { selfService: _s, questions: _q, rules: _r, phoneHelp, ...fields } = definition;
  const parts = partsOf('errand-id', definition);
  return {
    ...fields,
    // As the errand's columns hold it (catalog.writer.ts).
    phoneMinutes: phoneHelp?.minutes ?? null,
    phoneReason: { da: phoneHelp?.reason.da ?? null, en: phoneHelp?.reason.en ?? null },
    id: 'errand-id',
    active: true,
    version: 1,
    selfServiceOptions: [...parts.selfServiceOptions].reverse(),
    questions: parts.questions,
    rules: parts.rules,
  } as unknown as Errand;
}

describe('the data-file format', () => {
  it('is what every demo file already is, key order included', () => {
    for (const errand of catalog)
      expect(JSON.stringify(canonicalDefinition(errand))).toBe(JSON.stringify(errand));
  });

  it('leaves out empty optional fields and anything unknown', () => {
    const loose = {
      ...flyt,
      active: true,
      selfService: flyt.selfService.map((o) => ({ ...o, url: undefined })),
      rules: flyt.rules.map((r) => ({ ...r, options: [] })),
    };
    const canonical = canonicalDefinition(loose);
    expect(canonical).not.toHaveProperty('active');
    expect(canonical.selfService[0]).not.toHaveProperty('url');
    expect(canonical.rules.some((rule) => 'options' in rule)).toBe(false);
  });

  it('reads a stored errand back as the definition it was saved from', () => {
    for (const errand of catalog) expect(definitionOf(stored(errand))).toEqual(errand);
    expect(sameDefinition(definitionOf(stored()), flyt)).toBe(true);
  });
});

describe('errandAsOf', () => {
  it('shows an old version’s questions, options and rules with the errand’s other fields as they are now', () => {
    const now = { ...stored(), name: { da: 'Ny titel', en: 'New title' }, version: 3 } as Errand;
    const old = structuredClone(flyt);
    old.questions[0] = { ...old.questions[0], text: { da: 'Gammelt spørgsmål?', en: 'Old question?' } };
    const asOf = errandAsOf(now, 2, old);
    expect(asOf.version).toBe(2);
    expect(asOf.name.da).toBe('Ny titel');
    expect(asOf.questions[0].text.da).toBe('Gammelt spørgsmål?');
    expect(definitionOf(asOf).rules).toEqual(old.rules);
    expect(now.version).toBe(3);
  });
});
