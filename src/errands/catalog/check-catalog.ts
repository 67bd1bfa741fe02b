import type { ErrandDefinition } from '../errand-definition.js';
import { type CatalogEntryProblems, InvalidCatalogError } from '../errands.errors.js';
import { checkErrandFile } from './errand-file.js';

/** More errands than a municipality's catalog will hold; a list longer than this is a mistake. */
export const MAX_CATALOG_ERRANDS = 500;

const entry = (index: number, code: string | null, en: string, da: string): CatalogEntryProblems => ({
  index,
  code,
  problems: [{ field: '', message: { da, en } }],
});

/**
 * A catalog to import: a list of errands in the data-file format, each checked as a data file is
 * (checkErrandFile), no code twice. Any problem anywhere: 400 INVALID_CATALOG naming every problem
 * of every errand, so one answer says all that must be fixed.
 */
export function checkCatalog(list: unknown): ErrandDefinition[] {
  if (!Array.isArray(list))
    throw new InvalidCatalogError([
      entry(0, null, 'expected a list of errands', 'forventede en liste af ærinder'),
    ]);
  if (list.length > MAX_CATALOG_ERRANDS)
    throw new InvalidCatalogError([
      entry(
        MAX_CATALOG_ERRANDS,
        null,
        `at most ${MAX_CATALOG_ERRANDS} errands at a time`,
        `højst ${MAX_CATALOG_ERRANDS} ærinder ad gangen`,
      ),
    ]);
  const seen = new Set<string>();
  const definitions: ErrandDefinition[] = [];
  const entries: CatalogEntryProblems[] = [];
  list.forEach((data: unknown, index) => {
    const raw = (data as { code?: unknown } | null)?.code;
    const code = typeof raw === 'string' ? raw : null;
    const checked = checkErrandFile(data);
    const problems = checked.ok ? [] : checked.problems.map(({ field, message }) => ({ field, message }));
    if (code !== null && seen.has(code))
      problems.push({
        field: 'code',
        message: { da: `${code} står to gange i kataloget`, en: `${code} appears twice in the catalog` },
      });
    if (code !== null) seen.add(code);
    if (problems.length > 0) entries.push({ index, code, problems });
    else if (checked.ok) definitions.push(checked.definition);
  });
  if (entries.length > 0) throw new InvalidCatalogError(entries);
  return definitions;
}
