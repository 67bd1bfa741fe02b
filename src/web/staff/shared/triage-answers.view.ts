import type { Language } from '../../../common/i18n/localized.js';
import type { TriageSession } from '../../../errands/entities/triage-session.entity.js';

export interface TriageAnswersView {
  errand: string;
  outcome: TriageSession['outcome'];
  /** Why triage decided so, in the page's language. */
  reason: string;
  /** The questions in their order with the citizen's answer; skipped questions say so. */
  answers: { question: string; answer: 'yes' | 'no' | 'skipped' }[];
}

/**
 * The citizen's triage as staff read it (reception's booking page, the adviser's day): the errand,
 * each question as asked, the answer, and the reason given. Answers hold no personal data.
 */
export function toTriageAnswersView(triage: TriageSession, language: Language): TriageAnswersView {
  const questions = [...(triage.errand.questions ?? [])].sort((a, b) => a.position - b.position);
  return {
    errand: triage.errand.name[language],
    outcome: triage.outcome,
    reason: triage.reason[language],
    answers: questions.map((question) => {
      const answer = triage.answers[question.key];
      return {
        question: question.text[language],
        answer: answer === undefined ? 'skipped' : answer ? 'yes' : 'no',
      };
    }),
  };
}
