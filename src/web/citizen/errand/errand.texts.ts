import type { Localized } from '../../../common/i18n/localized.js';
import type { AnswerValue } from './answers.js';

export const ERRAND_TEXTS = {
  da: {
    about: 'Om ærindet',
    fee: 'Pris',
    documents: 'Det skal du have med, hvis du skal møde op',
    visitLength: 'Et besøg tager cirka',
    minutes: 'minutter',
    questionsIntro:
      'Svar på nogle få spørgsmål, så finder vi ud af, om du kan klare det selv, eller om du skal booke tid.',
    questionCount: 'Antal spørgsmål',
    noQuestionsIntro: 'Se, hvordan du klarer dit ærinde.',
    start: 'Start',
    question: 'Spørgsmål',
    of: 'af',
    next: 'Fortsæt',
    finish: 'Se resultatet',
    chooseOne: 'Vælg ja eller nej',
    chooseOneOrDontKnow: 'Vælg ja, nej eller ved ikke',
    wrongErrand: 'Er det ikke det, du skal?',
    searchAgain: 'Søg efter dit ærinde igen',
  },
  en: {
    about: 'About this errand',
    fee: 'Fee',
    documents: 'What to bring if you need to come in',
    visitLength: 'A visit takes about',
    minutes: 'minutes',
    questionsIntro:
      'Answer a few questions and we will tell you whether you can do it yourself or need to book an appointment.',
    questionCount: 'Number of questions',
    noQuestionsIntro: 'See how to get your errand done.',
    start: 'Start',
    question: 'Question',
    of: 'of',
    next: 'Continue',
    finish: 'See the result',
    chooseOne: 'Select yes or no',
    chooseOneOrDontKnow: 'Select yes, no or don’t know',
    wrongErrand: 'Not what you need?',
    searchAgain: 'Search for your errand again',
  },
} satisfies Localized<Record<string, string>>;

export type ErrandTexts = (typeof ERRAND_TEXTS)['da'];

export const ANSWER_LABELS = {
  da: { ja: 'Ja', nej: 'Nej', 'ved-ikke': 'Ved ikke / spring over' },
  en: { ja: 'Yes', nej: 'No', 'ved-ikke': 'I don’t know / skip' },
} satisfies Localized<Record<AnswerValue, string>>;
