import type { Localized } from '../../../common/i18n/localized.js';

export const TRIAGE_ANSWERS_TEXTS = {
  da: {
    heading: 'Borgerens svar',
    reason: 'Vurdering',
    yes: 'Ja',
    no: 'Nej',
    skipped: 'Ikke besvaret',
    none: 'Ærindet har ingen spørgsmål.',
  },
  en: {
    heading: 'The citizen’s answers',
    reason: 'Assessment',
    yes: 'Yes',
    no: 'No',
    skipped: 'Not answered',
    none: 'The errand has no questions.',
  },
} satisfies Localized<Record<string, string>>;
