import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/*
 * Every setting the API reads is documented where a newcomer looks: a row in one of the README's
 * settings tables, and a line in .env.example (set or commented out). The settings are read from
 * the class itself (src/config/settings.ts), so a new one cannot be forgotten.
 */
const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');
const source = read('../config/settings.ts');
const settings = [
  ...new Set([...source.matchAll(/^ {2}([A-Z][A-Z0-9_]{2,})\??(?: =|:)/gm)].map((match) => match[1])),
];

describe('settings documentation', () => {
  it('finds the settings in the Settings class', () => {
    expect(settings).toEqual(expect.arrayContaining(['PORT', 'DATABASE_URL', 'JWT_SECRET', 'DEMO_DATA']));
    expect(settings.length).toBeGreaterThan(30);
  });

  it('has a README row for every setting', () => {
    const rows = new Set(
      [...read('../../README.md').matchAll(/^\| `([A-Z][A-Z0-9_]+)` +\|/gm)].map((m) => m[1]),
    );
    expect(settings.filter((name) => !rows.has(name))).toEqual([]);
  });

  it('has a line in .env.example for every setting', () => {
    const lines = new Set(
      [...read('../../.env.example').matchAll(/^#? ?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]),
    );
    expect(settings.filter((name) => !lines.has(name))).toEqual([]);
  });
});
