import type { Language, Localized } from '../../../common/i18n/localized.js';
import {
  type Answers,
  answersQuery,
  choicesFor,
  firstUnanswered,
  type QuestionLike,
  type AnswerValue,
} from './answers.js';
import { ANSWER_LABELS, ERRAND_TEXTS } from './errand.texts.js';

/** What the errand pages need of a catalog errand (the entity fits). */
export interface ErrandLike {
  code: string;
  name: Localized;
  description: Localized;
  fee: Localized;
  documents: Localized<string[]>;
  visitMinutes: number;
  questions: (QuestionLike & { text: Localized; help: { da: string | null; en: string | null } })[];
}

export const errandPath = (code: string): string => `/aerinder/${code}`;
export const questionPath = (code: string, number: number): string =>
  `/aerinder/${code}/spoergsmaal/${number}`;

export interface ErrandView {
  code: string;
  name: string;
  description: string;
  fee: string;
  documents: string[];
  visitMinutes: number;
  questionCount: number;
  /** A link to the first question, or undefined: then the page's start button posts for the triage. */
  startHref?: string;
}

export function toErrandView(errand: ErrandLike, language: Language): ErrandView {
  return {
    code: errand.code,
    name: errand.name[language],
    description: errand.description[language],
    fee: errand.fee[language],
    documents: errand.documents[language],
    visitMinutes: errand.visitMinutes,
    questionCount: errand.questions.length,
    startHref: errand.questions.length > 0 ? questionPath(errand.code, 1) : undefined,
  };
}

export interface Choice {
  value: AnswerValue;
  label: string;
  /** The first choice's id is the field's name, so the error summary's link lands on it. */
  id: string;
  checked: boolean;
}

export interface QuestionView {
  errandName: string;
  number: number;
  total: number;
  legend: string;
  hint?: string;
  field: string;
  choices: Choice[];
  /** The message at the field when nothing was chosen. */
  error?: string;
  /** Where the form posts: this page, with the answers so far. */
  action: { path: string; query: Record<string, string> };
  /** The previous question with the answers so far (its own pre-chosen), or the errand page. */
  back: string;
  last: boolean;
}

export const ANSWER_FIELD = 'svar';

/** Question `number` (1-based) of the errand, with the answers carried so far. */
export function toQuestionView(
  errand: ErrandLike,
  number: number,
  answers: Answers,
  language: Language,
  options: { error?: boolean } = {},
): QuestionView {
  const question = errand.questions[number - 1];
  const query = answersQuery(errand.questions, answers);
  const choices = choicesFor(question);
  const t = ERRAND_TEXTS[language];
  return {
    errandName: errand.name[language],
    number,
    total: errand.questions.length,
    legend: question.text[language],
    hint: question.help[language] ?? undefined,
    field: ANSWER_FIELD,
    choices: choices.map((value, index) => ({
      value,
      label: ANSWER_LABELS[language][value],
      id: index === 0 ? ANSWER_FIELD : `${ANSWER_FIELD}-${value}`,
      checked: answers[question.key] === value,
    })),
    error: options.error ? (choices.length === 2 ? t.chooseOne : t.chooseOneOrDontKnow) : undefined,
    action: { path: questionPath(errand.code, number), query },
    back: number > 1 ? withQuery(questionPath(errand.code, number - 1), query) : errandPath(errand.code),
    last: number === errand.questions.length,
  };
}

/**
 * Which question page to show for `number` and the answers carried: the page itself, or — for a
 * number out of range or a question before it left unanswered (an edited or truncated URL) — the
 * question to go to instead (0 when the errand has none: its own page).
 */
export function questionStep(
  questions: QuestionLike[],
  number: number,
  answers: Answers,
): { show: true } | { show: false; goTo: number } {
  const unanswered = firstUnanswered(questions, answers, questions.length);
  if (!Number.isInteger(number) || number < 1 || number > questions.length)
    return { show: false, goTo: unanswered === undefined ? questions.length : unanswered + 1 };
  const before = firstUnanswered(questions, answers, number - 1);
  return before === undefined ? { show: true } : { show: false, goTo: before + 1 };
}

function withQuery(path: string, query: Record<string, string>): string {
  const search = new URLSearchParams(query).toString();
  return search ? `${path}?${search}` : path;
}
