import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ErrandDefinitionDto } from '../errands/dto/errand-definition.dto.js';
import type { ErrandDefinition } from '../errands/errand-definition.js';
import { validateErrandDefinition } from '../errands/triage-rules.js';
import { describeProblems } from './validate-as.js';

/** Beside this module both in src (Jest) and in dist (the build copies data/ there). */
const ERRANDS_DIR = fileURLToPath(new URL('./data/errands/', import.meta.url));

/**
 * Reads the errand catalog: one `<CODE>.json` per errand, in file-name order. Each file goes
 * through the same checks as an errand saved through the admin API (request validation, then the
 * triage-rule checks); any problem in any file throws one Error that names every bad file.
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

function readErrandFile(path: string, expectedCode: string): ErrandDefinition {
  const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new Error('expected one errand object');
  const { code, ...rest } = data as Record<string, unknown>;
  if (code !== expectedCode) throw new Error(`code ${JSON.stringify(code)} differs from the file name`);
  // The admin DTO accepts `active`, but seeding always activates an errand: refuse rather than ignore.
  if ('active' in rest) throw new Error('"active" does not belong in a catalog file');

  const errors = validateSync(plainToInstance(ErrandDefinitionDto, rest), {
    whitelist: true,
    forbidNonWhitelisted: true,
  });
  if (errors.length > 0) throw new Error(describeProblems(errors).join('; '));

  const errand = data as ErrandDefinition;
  const ruleProblems = validateErrandDefinition(errand);
  if (ruleProblems.length > 0) throw new Error(ruleProblems.join('; '));
  return errand;
}
