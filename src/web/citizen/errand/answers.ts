/**
 * The answers so far, carried from question page to question page in the URL's query string
 * (`?has_mitid=ja&moving_abroad=nej`) rather than in a session or hidden fields: the questions ask
 * nothing personal, the back button and the back link then show each answer as it was given, a
 * reload or a shared link lands on the same question, and the pages keep no state at all. Nothing
 * is stored until the last answer, when the triage is made.
 */

/** What a citizen can answer: yes, no, or — for a question that may be skipped — don't know. */
export const ANSWER_VALUES = ['ja', 'nej', 'ved-ikke'] as const;
export type AnswerValue = (typeof ANSWER_VALUES)[number];

export interface QuestionLike {
  key: string;
  required: boolean;
}

export type Answers = Record<string, AnswerValue>;

function isAnswerValue(value: unknown): value is AnswerValue {
  return typeof value === 'string' && (ANSWER_VALUES as readonly string[]).includes(value);
}

/** The choices a question offers: "don't know" only where the catalog allows no answer. */
export function choicesFor(question: QuestionLike): AnswerValue[] {
  return question.required ? ['ja', 'nej'] : ['ja', 'nej', 'ved-ikke'];
}

/** One answer from a form field, or undefined when it is missing or not a choice of the question. */
export function readAnswer(question: QuestionLike, value: unknown): AnswerValue | undefined {
  return isAnswerValue(value) && choicesFor(question).includes(value) ? value : undefined;
}

/** The answers a URL carries, for the errand's questions only; anything else in it is ignored. */
export function readAnswers(questions: QuestionLike[], query: unknown): Answers {
  const values = (query ?? {}) as Record<string, unknown>;
  const answers: Answers = {};
  for (const question of questions) {
    const answer = readAnswer(question, values[question.key]);
    if (answer) answers[question.key] = answer;
  }
  return answers;
}

/** The query string that carries the answers on, in question order. */
export function answersQuery(questions: QuestionLike[], answers: Answers): Record<string, string> {
  const query: Record<string, string> = {};
  for (const question of questions) if (answers[question.key]) query[question.key] = answers[question.key];
  return query;
}

/** The index of the first of the first `count` questions without an answer, if any. */
export function firstUnanswered(
  questions: QuestionLike[],
  answers: Answers,
  count: number,
): number | undefined {
  const index = questions.slice(0, count).findIndex((question) => !answers[question.key]);
  return index === -1 ? undefined : index;
}

/** The answers as the triage takes them: yes/no as booleans, "don't know" left out. */
export function triageAnswers(questions: QuestionLike[], answers: Answers): Record<string, boolean> {
  const result: Record<string, boolean> = {};
  for (const question of questions) {
    const answer = answers[question.key];
    if (answer === 'ja' || answer === 'nej') result[question.key] = answer === 'ja';
  }
  return result;
}
