import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkErrandFile, type FileProblem } from '../errands/catalog/errand-file.js';
import type { ErrandDefinition } from '../errands/errand-definition.js';

/** Beside this module both in src (Jest) and in dist (the build copies data/ there). */
const ERRANDS_DIR = fileURLToPath(new URL('./data/errands/', import.meta.url));

/**
 * Reads the errand catalog: one `<CODE>.json` per errand, in file-name order. Each file goes
 * through the same checks as an errand saved through the admin API or the catalog import (request
 * validation, then the triage-rule checks); any problem in any file throws one Error that names
 * every bad file.
 */
export function readErrandFiles(dir: string = ERRANDS_DIR): ErrandDefinition[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  if (files.length === 0) throw new Error(`No errand files (*.json) in ${dir}`);

  const errands: ErrandDefinition[] = [];
  const problems: string[] = [];
  for (const name of files) {
    const path = join(dir, name);
    try {
      errands.push(readErrandFile(path, name.slice(0, -'.json'.length)));
    } catch (error) {
      problems.push(`${path}: ${(error as Error).message}`);
    }
  }
  if (problems.length > 0) throw new Error(`Invalid errand files:\n${problems.join('\n')}`);
  return errands;
}

/** "visitMinutes: visitMinutes must be …" for the shape, the rule checks' sentences as they are. */
function describe(problem: FileProblem): string {
  const field = problem.field.replace(/\[(\d+)\]/g, '.$1');
  return problem.check === 'shape' && field ? `${field}: ${problem.message.en}` : problem.message.en;
}

function readErrandFile(path: string, expectedCode: string): ErrandDefinition {
  const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const code = (data as { code?: unknown } | null)?.code;
  if (typeof data === 'object' && data !== null && !Array.isArray(data) && code !== expectedCode)
    throw new Error(`code ${JSON.stringify(code)} differs from the file name`);
  const checked = checkErrandFile(data);
  if (!checked.ok) throw new Error(checked.problems.map(describe).join('; '));
  return checked.definition;
}
