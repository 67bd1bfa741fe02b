import { INPUT_LIMITS } from '../../../../http/hostile-input.js';
import { jsonShapeProblem } from '../../../../http/json-shape.js';
import type { Language } from '../../../../common/i18n/localized.js';
import { checkErrandFile } from '../../../../errands/catalog/errand-file.js';
import type { ErrandDefinition } from '../../../../errands/errand-definition.js';
import type { Section } from '../../../../errands/versions/definition-diff.js';
import type { FieldError } from '../../../page/pages.service.js';
import { ERRAND_PAGES_TEXTS } from './errand-pages.texts.js';

/** The edit pages' addresses and the section each edits. */
export const SECTION_OF_SLUG = {
  spoergsmaal: 'questions',
  selvbetjening: 'selfService',
  regler: 'rules',
} as const;
export type SectionSlug = keyof typeof SECTION_OF_SLUG;

export function sectionOf(slug: string): Section | undefined {
  return Object.hasOwn(SECTION_OF_SLUG, slug) ? SECTION_OF_SLUG[slug as SectionSlug] : undefined;
}

/** The textarea's id, which every problem of the section form links to. */
export const sectionField = (section: Section) => `${section}-json`;

/** A section as the textarea shows it: the data file's JSON for that list, two spaces deep. */
export function sectionText(definition: ErrandDefinition, section: Section): string {
  return JSON.stringify(definition[section], null, 2);
}

export type SectionResult = { ok: true; definition: ErrandDefinition } | { ok: false; errors: FieldError[] };

/** "(linje 3, tegn 5)" for V8's "… in JSON at position 41", counted in the text as typed. */
function where(text: string, message: string, language: Language): string {
  const position = /position (\d+)/.exec(message);
  if (!position) return '';
  const before = text.slice(0, Number(position[1])).split('\n');
  const t = ERRAND_PAGES_TEXTS[language];
  const character = language === 'da' ? 'tegn' : 'character';
  return ` (${t.atLine} ${before.length}, ${character} ${before.at(-1)!.length + 1})`;
}

function parse(
  text: string,
  field: string,
  language: Language,
): { value: unknown } | { errors: FieldError[] } {
  const t = ERRAND_PAGES_TEXTS[language];
  // The same nesting limit as a JSON body to the API, checked before parsing: a section nested
  // a thousand levels deep would otherwise overflow the validators' stack.
  const tooDeep = jsonShapeProblem(Buffer.from(text), { depth: INPUT_LIMITS.jsonDepth, values: Infinity });
  if (tooDeep) return { errors: [{ field, message: t.tooDeep }] };
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = (error as Error).message;
    const detail = language === 'en' ? `: ${message.replace(/ in JSON at position \d+.*$/s, '')}` : '';
    return { errors: [{ field, message: `${t.notJson}${where(text, message, language)}${detail}` }] };
  }
}

/**
 * One section of an errand as an admin typed it, put into the errand's current definition and
 * checked as a data file is (the API's validation, then the triage-rule checks). Each problem is
 * shown at the textarea with its path, e.g. `rules[2].when[0].question: reglen "x" henviser til
 * spørgsmålet "lost", som ikke findes`.
 */
export function readSection(
  current: ErrandDefinition,
  section: Section,
  text: string,
  language: Language,
): SectionResult {
  const field = sectionField(section);
  const parsed = parse(text, field, language);
  if ('errors' in parsed) return { ok: false, errors: parsed.errors };
  if (!Array.isArray(parsed.value))
    return { ok: false, errors: [{ field, message: ERRAND_PAGES_TEXTS[language].notList }] };
  const checked = checkErrandFile({ ...current, [section]: parsed.value });
  if (checked.ok) return checked;
  return {
    ok: false,
    errors: checked.problems.map((problem) => ({
      field,
      message: problem.field ? `${problem.field}: ${problem.message[language]}` : problem.message[language],
    })),
  };
}

/** The preview form's answer field for a question (a query parameter of its GET form). */
export const answerField = (key: string) => `svar-${key}`;

/** Answers chosen on the preview form: `ja`, `nej`, or nothing (not answered). */
export function readPreviewAnswers(
  definition: ErrandDefinition,
  query: Record<string, unknown>,
): Record<string, boolean> {
  const answers: Record<string, boolean> = {};
  for (const { key } of definition.questions) {
    const value = query[answerField(key)];
    if (value === 'ja') answers[key] = true;
    if (value === 'nej') answers[key] = false;
  }
  return answers;
}
