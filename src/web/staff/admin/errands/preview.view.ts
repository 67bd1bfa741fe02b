import type { Language } from '../../../../common/i18n/localized.js';
import type { ErrandDefinition } from '../../../../errands/errand-definition.js';
import { previewTriage } from '../../../../errands/triage-preview.js';
import { checkAnswers } from '../../../../errands/triage-rules.js';
import type { FieldError } from '../../../page/pages.service.js';
import { ERRAND_PAGES_TEXTS, OUTCOME_WORDS } from './errand-pages.texts.js';
import { answerField, readPreviewAnswers } from './section-form.js';

export interface PreviewQuestion {
  field: string;
  legend: string;
  hint?: string;
  error?: string;
  choices: { id: string; value: string; label: string; checked: boolean }[];
}

export interface PreviewView {
  questions: PreviewQuestion[];
  result?: { outcome: string; rule: string; reason: string; options: string[] };
  errors: FieldError[];
}

/**
 * The preview form (a GET form: trying the rules changes nothing) with each question's answer
 * as chosen, and once it is sent the outcome triage would give. A required question left
 * unanswered is shown at its question, as the citizen pages would refuse it.
 */
export function toPreviewView(
  definition: ErrandDefinition,
  query: Record<string, unknown>,
  language: Language,
): PreviewView {
  const t = ERRAND_PAGES_TEXTS[language];
  const answers = readPreviewAnswers(definition, query);
  const submitted = query.vis === '1';
  const missing = (submitted && checkAnswers(definition.questions, answers)?.missing) || [];
  const errors = missing.map((key) => ({ field: answerField(key), message: t.answerMissing }));
  const questions = definition.questions.map((question): PreviewQuestion => {
    const field = answerField(question.key);
    const chosen = query[field];
    return {
      field,
      legend: question.text[language],
      hint: question.required ? t.required : t.optional,
      error: missing.includes(question.key) ? t.answerMissing : undefined,
      choices: [
        { id: field, value: 'ja', label: t.yes, checked: chosen === 'ja' },
        { id: `${field}-nej`, value: 'nej', label: t.no, checked: chosen === 'nej' },
        {
          id: `${field}-ubesvaret`,
          value: '',
          label: t.skipped,
          checked: chosen !== 'ja' && chosen !== 'nej',
        },
      ],
    };
  });
  if (!submitted || errors.length > 0) return { questions, errors };
  const decided = previewTriage(definition, answers);
  return {
    questions,
    errors,
    result: {
      outcome: OUTCOME_WORDS[language][decided.outcome],
      rule: decided.rule,
      reason: decided.reason[language],
      options: decided.options.map((option) => option.title[language]),
    },
  };
}
