import type {
  ErrandDefinition,
  Localized,
  Outcome,
  SelfServiceOptionDefinition,
} from './errand-definition.js';
import { InvalidAnswersError, NoRuleAppliesError } from './errands.errors.js';
import { checkAnswers, decide } from './triage-rules.js';

export interface TriagePreview {
  outcome: Outcome;
  /** The rule that decided. */
  rule: string;
  reason: Localized;
  /** The self-service options the citizen would be shown, in the rule's order. */
  options: SelfServiceOptionDefinition[];
}

/**
 * What triage would tell a citizen with these answers under this definition, by the same rule
 * engine as a real triage, without storing anything. Answers that do not fit the questions: 400
 * INVALID_ANSWERS, as for a real triage.
 */
export function previewTriage(definition: ErrandDefinition, answers: Record<string, unknown>): TriagePreview {
  const problems = checkAnswers(definition.questions, answers);
  if (problems) throw new InvalidAnswersError(definition.code, problems);
  const rules = definition.rules.map((rule) => ({ ...rule, conditions: rule.when }));
  const rule = decide(rules, answers as Record<string, boolean>);
  if (!rule) throw new NoRuleAppliesError(definition.code);
  return {
    outcome: rule.outcome,
    rule: rule.key,
    reason: rule.reason,
    options: (rule.options ?? []).flatMap((key) => definition.selfService.filter((o) => o.key === key)),
  };
}
