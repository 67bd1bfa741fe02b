import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * The house rules of STYLE.md, checked on the source: every table has one owning module, and
 * nothing outside that module writes it — neither through its entity class nor in raw SQL — and a
 * booking's status changes in exactly one place, the transition table's UPDATE.
 */

const SRC = fileURLToPath(new URL('.', import.meta.url));

function sources(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'data' ? [] : sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

const files = sources().map((path) => ({
  path: relative(SRC, path),
  module: relative(SRC, path).split('/')[0],
  text: readFileSync(path, 'utf8'),
}));

/** Entity class → owning module, and table → owning module, from the entity files themselves. */
const entityOwner = new Map<string, string>();
const tableOwner = new Map<string, string>();
for (const file of files.filter((f) => f.path.endsWith('.entity.ts'))) {
  for (const match of file.text.matchAll(/@Entity\(\{ name: '(\w+)' \}\)[\s\S]*?export class (\w+)/g)) {
    tableOwner.set(match[1], file.module);
    entityOwner.set(match[2], file.module);
  }
}

/** Entity classes a file imports as values (a type-only import cannot read or write a table). */
function entityValueImports(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(/^import (type )?\{([^}]*)\} from '[^']*\.entity\.js';/gm)) {
    if (match[1]) continue;
    for (const part of match[2].split(',').map((p) => p.trim())) {
      if (part && !part.startsWith('type ') && entityOwner.has(part)) names.push(part);
    }
  }
  return names;
}

/** Tables a file's SQL writes (INSERT INTO / UPDATE / DELETE FROM). */
function sqlWrites(text: string): string[] {
  return [...text.matchAll(/\b(?:INSERT INTO|UPDATE|DELETE FROM) (\w+)/g)]
    .map((match) => match[1])
    .filter((table) => tableOwner.has(table));
}

// The registry of all entities for the connection; entity files relate to each other's classes.
const exempt = (path: string) => path === 'database/entities.ts' || path.endsWith('.entity.ts');

describe('architecture', () => {
  it('finds the entities and their owners', () => {
    expect(tableOwner.get('bookings')).toBe('bookings');
    expect(tableOwner.get('advisers')).toBe('staffing');
    expect(tableOwner.get('locations')).toBe('locations');
    expect(tableOwner.size).toBeGreaterThanOrEqual(18);
  });

  it('no module imports another module’s entity classes (only types)', () => {
    const offences = files
      .filter((file) => !exempt(file.path))
      .flatMap((file) =>
        entityValueImports(file.text)
          .filter((name) => entityOwner.get(name) !== file.module)
          .map((name) => `${file.path} imports ${name} (owned by ${entityOwner.get(name)})`),
      );
    expect(offences).toEqual([]);
  });

  it('no module writes another module’s tables in SQL', () => {
    const offences = files.flatMap((file) =>
      sqlWrites(file.text)
        .filter((table) => tableOwner.get(table) !== file.module)
        .map((table) => `${file.path} writes ${table} (owned by ${tableOwner.get(table)})`),
    );
    expect(offences).toEqual([]);
  });

  it('changes a booking’s status in one place only: the transition table’s UPDATE', () => {
    const statusWriters = files
      .filter(
        (file) =>
          /UPDATE bookings SET[^`]*\bstatus\b/.test(file.text) ||
          /\bstatus = \$\{/.test(file.text) ||
          /\.(update|save|insert|upsert)\(\s*Booking\b/.test(file.text) ||
          /this\.bookings\.(update|save|insert|upsert|delete)\(/.test(file.text),
      )
      .map((file) => file.path);
    expect(statusWriters).toEqual(['bookings/booking-transitions.ts']);
  });
});
