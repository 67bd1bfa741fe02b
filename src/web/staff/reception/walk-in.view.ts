import type { Language, Localized } from '../../../common/i18n/localized.js';
import type { Channel } from '../../../errands/errand-definition.js';
import { type Answers, choicesFor, type QuestionLike } from '../../citizen/errand/answers.js';
import { CHANNEL_STEPS, NO_LINK_STEP } from '../../citizen/outcome/outcome.texts.js';
import type { FieldError } from '../../page/pages.service.js';
import { WALK_IN_TEXTS } from './walk-in.texts.js';

/** What the walk-in pages need of a catalog errand (the entity fits). */
export interface WalkInErrandLike {
  code: string;
  name: Localized;
  questions: (QuestionLike & {
    position: number;
    text: Localized;
    help: { da: string | null; en: string | null };
  })[];
}

export interface ErrandChoice {
  code: string;
  name: string;
  href: string;
}

/** The errands to choose from, by name in the page's language. */
export function toErrandChoices(
  errands: Pick<WalkInErrandLike, 'code' | 'name'>[],
  language: Language,
  href: (code: string) => string,
): ErrandChoice[] {
  return errands
    .map((errand) => ({ code: errand.code, name: errand.name[language], href: href(errand.code) }))
    .sort((a, b) => a.name.localeCompare(b.name, language));
}

export interface QuestionRadios {
  field: string;
  legend: string;
  hint?: string;
  error?: string;
  choices: { id: string; value: string; label: string; checked: boolean }[];
}

/**
 * Every question of the errand on one page as radios (reception asks them all at once, the citizen
 * beside them); the first choice's id is the question's key, where the error summary links.
 */
export function toQuestionRadios(
  errand: WalkInErrandLike,
  answers: Answers,
  errors: FieldError[],
  language: Language,
): QuestionRadios[] {
  const t = WALK_IN_TEXTS[language];
  const labels = { ja: t.yes, nej: t.no, 'ved-ikke': t.dontKnow };
  return [...errand.questions]
    .sort((a, b) => a.position - b.position)
    .map((question) => ({
      field: question.key,
      legend: question.text[language],
      hint: question.help[language] ?? undefined,
      error: errors.find((error) => error.field === question.key)?.message,
      choices: choicesFor(question).map((value, index) => ({
        id: index === 0 ? question.key : `${question.key}-${value}`,
        value,
        label: labels[value],
        checked: answers[question.key] === value,
      })),
    }));
}

/** A required question left unanswered: one error each, in question order. */
export function unanswered(errand: WalkInErrandLike, answers: Answers, language: Language): FieldError[] {
  return [...errand.questions]
    .sort((a, b) => a.position - b.position)
    .filter((question) => question.required && !answers[question.key])
    .map((question) => ({ field: question.key, message: WALK_IN_TEXTS[language].chooseOne }));
}

/** Channels whose steps begin with following the option's link (as on the citizen's outcome page). */
const STARTS_AT_LINK: readonly Channel[] = ['online', 'chat', 'post'];

interface OptionLike {
  key: string;
  channel: Channel;
  title: Localized;
  url: string | null;
  where: Localized;
  who: Localized;
}

export interface GuidanceOption {
  key: string;
  title: string;
  who: string;
  where: string;
  steps: string[];
  /** The address in full, so it can be read off a printout. */
  url?: string;
}

/** The self-service options a triage chose, as a handout: who, where, the steps and the address. */
export function toGuidance(
  triage: { optionKeys: string[]; errand: { selfServiceOptions: OptionLike[] } },
  language: Language,
): GuidanceOption[] {
  return triage.optionKeys.flatMap((key) =>
    triage.errand.selfServiceOptions
      .filter((option) => option.key === key)
      .map((option) => {
        const url = option.url?.startsWith('https://') ? option.url : undefined;
        const steps = [...CHANNEL_STEPS[language][option.channel]];
        if (!url && STARTS_AT_LINK.includes(option.channel)) steps[0] = NO_LINK_STEP[language];
        return {
          key: option.key,
          title: option.title[language],
          who: option.who[language],
          where: option.where[language],
          steps,
          url,
        };
      }),
  );
}
