import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ErrandDefinition } from '../errands/errand-definition.js';
import { validateErrandDefinition } from '../errands/triage-rules.js';
import { readErrandFiles } from './catalog-files.js';

describe('demo errand catalog files', () => {
  const catalog = readErrandFiles();

  it.each(catalog.map((errand) => [errand.code, errand] as const))(
    '%s is a sound errand definition',
    (_code, errand) => {
      expect(validateErrandDefinition(errand)).toEqual([]);
    },
  );

  it('has the 21 researched errands with unique codes, in file-name order', () => {
    const codes = catalog.map((errand) => errand.code);
    expect(new Set(codes).size).toBe(21);
    expect(codes).toEqual([...codes].sort());
    expect(codes).toContain('PAS_VOKSEN');
  });

  it('gives every errand its documents and keywords in both languages', () => {
    for (const errand of catalog) {
      expect(errand.documents.da).toHaveLength(errand.documents.en.length);
      expect(errand.keywords.da.length).toBeGreaterThan(0);
      expect(errand.keywords.en.length).toBeGreaterThan(0);
    }
  });

  it('links only to https addresses', () => {
    const urls = catalog.flatMap((errand) =>
      errand.selfService.flatMap((option) => (option.url ? [option.url] : [])),
    );
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\/[a-z0-9.-]+\.dk(\/|$)/);
  });
});

describe('readErrandFiles with a broken file', () => {
  const flyt = readErrandFiles().find((errand) => errand.code === 'FLYT')!;
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'errand-files-'));
    await writeFile(join(dir, 'FLYT.json'), JSON.stringify(flyt));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const writeBroken = (name: string, content: unknown) => writeFile(join(dir, name), JSON.stringify(content));

  it('reads a directory of sound files', () => {
    expect(readErrandFiles(dir)).toEqual([flyt]);
  });

  it('refuses a file whose name is not its code', async () => {
    await writeBroken('MOVE.json', { ...flyt, code: 'FLYT_2' });
    expect(() => readErrandFiles(dir)).toThrow(/MOVE\.json: code "FLYT_2" differs from the file name/);
  });

  it('refuses a visit length written as a string', async () => {
    await writeBroken('FLYT_2.json', { ...flyt, code: 'FLYT_2', visitMinutes: '20' });
    expect(() => readErrandFiles(dir)).toThrow(/FLYT_2\.json: visitMinutes: .*integer/);
  });

  it('refuses an unknown property', async () => {
    await writeBroken('FLYT_2.json', { ...flyt, code: 'FLYT_2', price: 0 });
    expect(() => readErrandFiles(dir)).toThrow(/FLYT_2\.json: price: property price should not exist/);
  });

  it('refuses "active", which seeding would ignore', async () => {
    await writeBroken('FLYT_2.json', { ...flyt, code: 'FLYT_2', active: false });
    expect(() => readErrandFiles(dir)).toThrow(/FLYT_2\.json: "active" does not belong/);
  });

  it('refuses rules that fail the triage-rule checks', async () => {
    const broken: ErrandDefinition = {
      ...flyt,
      code: 'FLYT_2',
      rules: [
        { ...flyt.rules[0], when: [{ question: 'no_such_question', equals: true }] },
        ...flyt.rules.slice(1),
      ],
    };
    await writeBroken('FLYT_2.json', broken);
    expect(() => readErrandFiles(dir)).toThrow(
      /FLYT_2\.json: rule "[\w-]+" refers to the unknown question "no_such_question"/,
    );
  });

  it('refuses a file that is not JSON, and names every bad file at once', async () => {
    await writeFile(join(dir, 'A.json'), '{ "code": "A",');
    await writeBroken('B.json', { ...flyt, code: 'C' });
    const error = (() => {
      try {
        readErrandFiles(dir);
      } catch (thrown) {
        return thrown as Error;
      }
    })();
    expect(error?.message).toMatch(/A\.json: .*JSON/);
    expect(error?.message).toMatch(/B\.json: code "C"/);
  });

  it('refuses a directory without errand files', async () => {
    await rm(join(dir, 'FLYT.json'));
    expect(() => readErrandFiles(dir)).toThrow(/No errand files/);
  });
});
