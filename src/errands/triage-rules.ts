import type { ErrandDefinition, Outcome, RuleCondition } from './errand-definition.js';

/** What the rule engine needs of a question and a rule; entities and definitions both fit. */
export interface QuestionLike {
  key: string;
  required: boolean;
}
export interface RuleLike {
  key: string;
  conditions: RuleCondition[];
  outcome: Outcome;
}

export interface AnswerProblems {
  unknown: string[];
  missing: string[];
  notBoolean: string[];
}

/**
 * Checks a citizen's answers against the errand's questions: every answer must belong to a question
 * and be a boolean, and every required question must be answered. Returns undefined when all is well.
 */
export function checkAnswers(
  questions: QuestionLike[],
  answers: Record<string, unknown>,
): AnswerProblems | undefined {
  const keys = new Set(questions.map((q) => q.key));
  const problems: AnswerProblems = {
    unknown: Object.keys(answers).filter((key) => !keys.has(key)),
    missing: questions.filter((q) => q.required && answers[q.key] === undefined).map((q) => q.key),
    notBoolean: Object.entries(answers)
      .filter(([key, value]) => keys.has(key) && typeof value !== 'boolean')
      .map(([key]) => key),
  };
  const hasProblems = problems.unknown.length + problems.missing.length + problems.notBoolean.length > 0;
  return hasProblems ? problems : undefined;
}

function holds(condition: RuleCondition, answers: Record<string, boolean>): boolean {
  return answers[condition.question] === condition.equals;
}

/**
 * The first rule (in the given order) whose conditions all hold. Catalogs end with an unconditional
 * fallback rule, so a well-formed catalog always yields a rule.
 */
export function decide<R extends RuleLike>(rules: R[], answers: Record<string, boolean>): R | undefined {
  return rules.find((rule) => rule.conditions.every((condition) => holds(condition, answers)));
}

const QUESTION_KEY = /^[a-z][a-z0-9_]{0,59}$/;
const ERRAND_CODE = /^[A-Z][A-Z0-9_]{1,39}$/;
/** The question through which a citizen says "I cannot use the digital solution / I need help". */
export const NEEDS_HELP_QUESTION = 'needs_help';

function duplicates(values: string[]): string[] {
  return [...new Set(values.filter((value, index) => values.indexOf(value) !== index))];
}

/**
 * Problems that make an errand definition unusable for triage; an empty list means it is sound.
 * Checked when the catalog is seeded and (later) when an admin saves an errand.
 */
export function validateErrandDefinition(errand: ErrandDefinition): string[] {
  const problems: string[] = [];
  const questionKeys = errand.questions.map((q) => q.key);
  const optionKeys = errand.selfService.map((o) => o.key);
  if (!ERRAND_CODE.test(errand.code)) problems.push(`code "${errand.code}" must be UPPER_SNAKE_CASE`);
  if (!Number.isInteger(errand.visitMinutes) || errand.visitMinutes < 1 || errand.visitMinutes > 480) {
    problems.push('visitMinutes must be a whole number from 1 to 480');
  }
  for (const key of questionKeys.filter((k) => !QUESTION_KEY.test(k)))
    problems.push(`question key "${key}" must be snake_case`);
  for (const key of duplicates(questionKeys)) problems.push(`question "${key}" is defined twice`);
  for (const key of duplicates(optionKeys)) problems.push(`self-service option "${key}" is defined twice`);
  for (const key of duplicates(errand.rules.map((r) => r.key)))
    problems.push(`rule "${key}" is defined twice`);

  for (const rule of errand.rules) {
    for (const condition of rule.when) {
      if (!questionKeys.includes(condition.question)) {
        problems.push(`rule "${rule.key}" refers to the unknown question "${condition.question}"`);
      }
    }
    for (const key of rule.options ?? []) {
      if (!optionKeys.includes(key))
        problems.push(`rule "${rule.key}" refers to the unknown option "${key}"`);
    }
    if (rule.outcome === 'self_service' && (rule.options ?? []).length === 0) {
      problems.push(`rule "${rule.key}" gives self_service but shows no self-service option`);
    }
  }

  const last = errand.rules.at(-1);
  if (!last || last.when.length > 0) problems.push('the last rule must have no conditions (the fallback)');
  if (errand.rules.some((r) => r.outcome === 'self_service')) problems.push(...needsHelpProblems(errand));
  return problems;
}

/** Where self-service is possible, a citizen who cannot use it must be able to say so and get a visit. */
function needsHelpProblems(errand: ErrandDefinition): string[] {
  const question = errand.questions.find((q) => q.key === NEEDS_HELP_QUESTION);
  const first = errand.rules[0];
  const firstIsHelp =
    first?.outcome === 'visit' &&
    first.when.length === 1 &&
    first.when[0].question === NEEDS_HELP_QUESTION &&
    first.when[0].equals;
  if (question && firstIsHelp) return [];
  return [`self-service is possible, so the first rule must send "${NEEDS_HELP_QUESTION}: true" to a visit`];
}
