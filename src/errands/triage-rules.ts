import type { Outcome, RuleCondition } from './errand-definition.js';

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

export { NEEDS_HELP_QUESTION, validateErrandDefinition } from './definition-problems.js';
