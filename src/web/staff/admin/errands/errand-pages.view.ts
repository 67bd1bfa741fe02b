import type { Language } from '../../../../common/i18n/localized.js';
import type {
  ErrandDefinition,
  SelfServiceOptionDefinition,
  TriageQuestionDefinition,
  TriageRuleDefinition,
} from '../../../../errands/errand-definition.js';
import type { ErrandState } from '../../../../errands/versions/errand-versions.service.js';
import { ERRAND_PAGES_TEXTS, OUTCOME_WORDS } from './errand-pages.texts.js';

export const ERRANDS_PATH = '/staff/admin/aerinder';
export const errandPath = (code: string) => `${ERRANDS_PATH}/${code}`;

export interface ErrandListRow {
  code: string;
  name: string;
  version: number;
  active: boolean;
  outcomes: string;
  href: string;
}

export function toErrandList(errands: ErrandState[], language: Language): ErrandListRow[] {
  return errands.map((errand) => ({
    code: errand.code,
    name: errand.definition.name[language],
    version: errand.version,
    active: errand.active,
    outcomes: [...new Set(errand.definition.rules.map((rule) => OUTCOME_WORDS[language][rule.outcome]))].join(
      ', ',
    ),
    href: errandPath(errand.code),
  }));
}

export interface QuestionView {
  key: string;
  text: string;
  help?: string;
  required: string;
}

export interface OptionView {
  key: string;
  title: string;
  channel: string;
  url?: string;
  where: string;
  who: string;
}

export interface RuleView {
  number: number;
  key: string;
  /** "Har du MitID? – Nej"; empty for the fallback. */
  conditions: string[];
  outcome: string;
  reason: string;
  options: string[];
}

export interface DefinitionView {
  questions: QuestionView[];
  options: OptionView[];
  rules: RuleView[];
}

const toQuestion = (q: TriageQuestionDefinition, language: Language): QuestionView => {
  const t = ERRAND_PAGES_TEXTS[language];
  return {
    key: q.key,
    text: q.text[language],
    help: q.help?.[language],
    required: q.required ? t.required : t.optional,
  };
};

const toOption = (o: SelfServiceOptionDefinition, language: Language): OptionView => ({
  key: o.key,
  title: o.title[language],
  channel: o.channel,
  url: o.url,
  where: o.where[language],
  who: o.who[language],
});

function toRule(
  rule: TriageRuleDefinition,
  index: number,
  definition: ErrandDefinition,
  language: Language,
): RuleView {
  const t = ERRAND_PAGES_TEXTS[language];
  const questionText = (key: string) =>
    definition.questions.find((q) => q.key === key)?.text[language] ?? key;
  const optionTitle = (key: string) =>
    definition.selfService.find((o) => o.key === key)?.title[language] ?? key;
  return {
    number: index + 1,
    key: rule.key,
    conditions: rule.when.map((c) => `${questionText(c.question)} – ${c.equals ? t.yes : t.no}`),
    outcome: rule.callback
      ? `${OUTCOME_WORDS[language][rule.outcome]} ${t.orCallback}`
      : OUTCOME_WORDS[language][rule.outcome],
    reason: rule.reason[language],
    options: (rule.options ?? []).map(optionTitle),
  };
}

/** An errand's questions, options and rules as an administrator reads them. */
export function toDefinitionView(definition: ErrandDefinition, language: Language): DefinitionView {
  return {
    questions: definition.questions.map((q) => toQuestion(q, language)),
    options: definition.selfService.map((o) => toOption(o, language)),
    rules: definition.rules.map((rule, index) => toRule(rule, index, definition, language)),
  };
}

/** One line for one rule: "Hvis Har du MitID? – Nej → Besøg: Uden MitID …". */
export function ruleLine(rule: RuleView, language: Language): string {
  const t = ERRAND_PAGES_TEXTS[language];
  const when = rule.conditions.length > 0 ? `${t.when} ${rule.conditions.join(` ${t.and} `)}` : t.otherwise;
  const shows = rule.options.length > 0 ? ` (${t.shows}: ${rule.options.join(', ')})` : '';
  return `${when} → ${rule.outcome}: ${rule.reason}${shows}`;
}
