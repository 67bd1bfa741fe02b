import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { problemInDanish } from '../../common/i18n/problems-da.js';
import { fieldProblems } from '../../common/validation/field-problems.js';
import { type DefinitionProblem, definitionProblems } from '../definition-problems.js';
import { ErrandDefinitionDto } from '../dto/errand-definition.dto.js';
import type { ErrandDefinition } from '../errand-definition.js';

export interface FileProblem extends DefinitionProblem {
  /**
   * `file`: the file as a whole (not an object, no code, `active`); `shape`: the request validation
   * (types, lengths, unknown fields); `rules`: the triage-rule checks.
   */
  check: 'file' | 'shape' | 'rules';
}

export type FileCheck = { ok: true; definition: ErrandDefinition } | { ok: false; problems: FileProblem[] };

/** `questions.0.text` → `questions[0].text`: the path as a person reads the JSON. */
export function jsonPath(field: string): string {
  return field.replace(/\.(\d+)(?=\.|$)/g, '[$1]');
}

function shapeProblem(
  field: string,
  en: string,
  da = en,
  check: FileProblem['check'] = 'shape',
): FileProblem {
  return { field, message: { da, en }, check };
}

/**
 * One errand in the data-file format (`src/demo/data/errands/*.json`, the catalog export and
 * import), checked exactly as the admin API checks a saved errand: the request validation (unknown
 * fields refused), then the triage-rule checks. `active` does not belong in a file: loading one
 * always puts the errand in use, so saying otherwise would be ignored.
 */
export function checkErrandFile(data: unknown): FileCheck {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return {
      ok: false,
      problems: [shapeProblem('', 'expected one errand object', 'forventede ét ærinde', 'file')],
    };
  const { code, ...rest } = data as Record<string, unknown>;
  const problems: FileProblem[] = [];
  if (typeof code !== 'string')
    problems.push(shapeProblem('code', 'code must be a string', 'code skal være en tekst'));
  if ('active' in rest) {
    problems.push(
      shapeProblem(
        'active',
        '"active" does not belong in a catalog file',
        '"active" hører ikke til i en katalogfil',
        'file',
      ),
    );
    delete rest.active;
  }
  const errors = validateSync(plainToInstance(ErrandDefinitionDto, rest), {
    whitelist: true,
    forbidNonWhitelisted: true,
  });
  for (const { field, problems: texts } of fieldProblems(errors))
    problems.push(shapeProblem(jsonPath(field), texts.join(', '), texts.map(problemInDanish).join(', ')));
  if (problems.length > 0) return { ok: false, problems };

  const definition = data as ErrandDefinition;
  const ruleProblems = definitionProblems(definition).map((p): FileProblem => ({ ...p, check: 'rules' }));
  return ruleProblems.length > 0 ? { ok: false, problems: ruleProblems } : { ok: true, definition };
}
