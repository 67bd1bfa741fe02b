import type { Localized } from '../common/i18n/localized.js';
import type { ErrandDefinition } from './errand-definition.js';

/**
 * A problem with one part of an errand definition: where (`rules[2].when[0].question`, the path
 * in the data-file format) and what, in both languages (the English text is the API's stable one).
 */
export interface DefinitionProblem {
  field: string;
  message: Localized;
}

const QUESTION_KEY = /^[a-z][a-z0-9_]{0,59}$/;
const ERRAND_CODE = /^[A-Z][A-Z0-9_]{1,39}$/;
/** The question through which a citizen says "I cannot use the digital solution / I need help". */
export const NEEDS_HELP_QUESTION = 'needs_help';

const problem = (field: string, en: string, da: string): DefinitionProblem => ({
  field,
  message: { da, en },
});

/** Each repeated key once, at the index where it appears the second time. */
function repeats(keys: string[]): { key: string; index: number }[] {
  const seen = new Set<string>();
  const reported = new Set<string>();
  return keys.flatMap((key, index) => {
    if (!seen.has(key)) return (seen.add(key), []);
    if (reported.has(key)) return [];
    reported.add(key);
    return [{ key, index }];
  });
}

function headerProblems(errand: ErrandDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  if (!ERRAND_CODE.test(errand.code))
    problems.push(
      problem(
        'code',
        `code "${errand.code}" must be UPPER_SNAKE_CASE`,
        `koden "${errand.code}" skal skrives med store bogstaver, tal og _ (UPPER_SNAKE_CASE)`,
      ),
    );
  if (!Number.isInteger(errand.visitMinutes) || errand.visitMinutes < 1 || errand.visitMinutes > 480)
    problems.push(
      problem(
        'visitMinutes',
        'visitMinutes must be a whole number from 1 to 480',
        'visitMinutes skal være et helt tal fra 1 til 480',
      ),
    );
  const minutes = errand.phoneHelp?.minutes;
  if (minutes !== undefined && (!Number.isInteger(minutes) || minutes < 5 || minutes > 120))
    problems.push(
      problem(
        'phoneHelp.minutes',
        'phoneHelp.minutes must be a whole number from 5 to 120',
        'phoneHelp.minutes skal være et helt tal fra 5 til 120',
      ),
    );
  return problems;
}

function keyProblems(errand: ErrandDefinition): DefinitionProblem[] {
  const questionKeys = errand.questions.map((q) => q.key);
  const malformed = questionKeys.flatMap((key, index) =>
    QUESTION_KEY.test(key)
      ? []
      : [
          problem(
            `questions[${index}].key`,
            `question key "${key}" must be snake_case`,
            `spørgsmålets nøgle "${key}" skal skrives med små bogstaver, tal og _ (snake_case)`,
          ),
        ],
  );
  const twice = (section: string, en: string, da: string, keys: string[]) =>
    repeats(keys).map(({ key, index }) =>
      problem(
        `${section}[${index}].key`,
        `${en} "${key}" is defined twice`,
        `${da} "${key}" findes to gange`,
      ),
    );
  return [
    ...malformed,
    ...twice('questions', 'question', 'spørgsmålet', questionKeys),
    ...twice(
      'selfService',
      'self-service option',
      'selvbetjeningsmuligheden',
      errand.selfService.map((o) => o.key),
    ),
    ...twice(
      'rules',
      'rule',
      'reglen',
      errand.rules.map((r) => r.key),
    ),
  ];
}

function ruleProblems(errand: ErrandDefinition): DefinitionProblem[] {
  const questionKeys = new Set(errand.questions.map((q) => q.key));
  const optionKeys = new Set(errand.selfService.map((o) => o.key));
  return errand.rules.flatMap((rule, r) => {
    const at = `rules[${r}]`;
    const conditions = rule.when.flatMap((condition, c) =>
      questionKeys.has(condition.question)
        ? []
        : [
            problem(
              `${at}.when[${c}].question`,
              `rule "${rule.key}" refers to the unknown question "${condition.question}"`,
              `reglen "${rule.key}" henviser til spørgsmålet "${condition.question}", som ikke findes`,
            ),
          ],
    );
    const options = (rule.options ?? []).flatMap((key, o) =>
      optionKeys.has(key)
        ? []
        : [
            problem(
              `${at}.options[${o}]`,
              `rule "${rule.key}" refers to the unknown option "${key}"`,
              `reglen "${rule.key}" henviser til selvbetjeningsmuligheden "${key}", som ikke findes`,
            ),
          ],
    );
    const shows =
      rule.outcome === 'self_service' && (rule.options ?? []).length === 0
        ? [
            problem(
              `${at}.options`,
              `rule "${rule.key}" gives self_service but shows no self-service option`,
              `reglen "${rule.key}" giver selvbetjening, men viser ingen selvbetjeningsmulighed`,
            ),
          ]
        : [];
    return [...conditions, ...options, ...shows, ...callbackProblems(errand, rule, at)];
  });
}

/** A callback is offered only where the errand says phone help can solve it, and only next to a visit. */
function callbackProblems(
  errand: ErrandDefinition,
  rule: ErrandDefinition['rules'][number],
  at: string,
): DefinitionProblem[] {
  const offers = rule.outcome === 'callback' || rule.callback === true;
  return [
    ...(offers && !errand.phoneHelp
      ? [
          problem(
            at,
            `rule "${rule.key}" offers a callback, but the errand has no phoneHelp`,
            `reglen "${rule.key}" tilbyder et opkald, men ærindet har ingen telefonhjælp (phoneHelp)`,
          ),
        ]
      : []),
    ...(rule.callback === true && rule.outcome !== 'visit'
      ? [
          problem(
            `${at}.callback`,
            `rule "${rule.key}" can offer a callback next to a visit only (outcome visit)`,
            `reglen "${rule.key}" kan kun tilbyde et opkald ved siden af et besøg (outcome visit)`,
          ),
        ]
      : []),
  ];
}

/** Where self-service is possible, a citizen who cannot use it must be able to say so and get a visit. */
function needsHelpProblems(errand: ErrandDefinition): DefinitionProblem[] {
  if (!errand.rules.some((r) => r.outcome === 'self_service')) return [];
  const question = errand.questions.find((q) => q.key === NEEDS_HELP_QUESTION);
  const first = errand.rules[0];
  const firstIsHelp =
    first?.outcome === 'visit' &&
    first.when.length === 1 &&
    first.when[0].question === NEEDS_HELP_QUESTION &&
    first.when[0].equals;
  if (question && firstIsHelp) return [];
  return [
    problem(
      question ? 'rules[0]' : 'questions',
      `self-service is possible, so the first rule must send "${NEEDS_HELP_QUESTION}: true" to a visit`,
      `selvbetjening er mulig, så den første regel skal sende "${NEEDS_HELP_QUESTION}: true" til et besøg`,
    ),
  ];
}

/**
 * Problems that make an errand definition unusable for triage, each at its place; none means it is
 * sound. Checked whenever an errand is saved (admin API, admin pages, catalog import, data files).
 */
export function definitionProblems(errand: ErrandDefinition): DefinitionProblem[] {
  const last = errand.rules.at(-1);
  const fallback =
    !last || last.when.length > 0
      ? [
          problem(
            last ? `rules[${errand.rules.length - 1}].when` : 'rules',
            'the last rule must have no conditions (the fallback)',
            'den sidste regel må ikke have betingelser (den gælder, når ingen anden gør)',
          ),
        ]
      : [];
  return [
    ...headerProblems(errand),
    ...keyProblems(errand),
    ...ruleProblems(errand),
    ...fallback,
    ...needsHelpProblems(errand),
  ];
}

/** The same problems as English sentences (the API's INVALID_ERRAND_DEFINITION details). */
export function validateErrandDefinition(errand: ErrandDefinition): string[] {
  return definitionProblems(errand).map((p) => p.message.en);
}
