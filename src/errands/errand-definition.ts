/**
 * The shape of one errand in the catalog, as the demo data declares it and as the admin API
 * (a later issue) will accept it. Plain data: the triage rules are evaluated by
 * `triage-rules.ts`, never by code written per errand.
 */
import type { Localized } from '../common/i18n/localized.js';

export { LANGUAGES, type Language, type Localized } from '../common/i18n/localized.js';

export const CHANNELS = ['online', 'app', 'library', 'hotline', 'chat', 'bank', 'kiosk', 'post'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * What a triage can tell the citizen: do it yourself (`self_service`), book a visit (`visit`), not
 * yet — come back later, e.g. a driving licence renewed more than 3 months early (`not_yet`),
 * another authority handles it (`elsewhere`), or the hotline calls you up and guides you on the
 * phone (`callback`, instead of a visit). `visit` is a ticket for booking a visit, `callback` for
 * booking a callback; a `visit` rule with `callback: true` offers both.
 */
export const OUTCOMES = ['self_service', 'visit', 'not_yet', 'elsewhere', 'callback'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface SelfServiceOptionDefinition {
  /** Stable key within the errand (kebab-case), referenced by rules. */
  key: string;
  channel: Channel;
  title: Localized;
  /** A link, only where the exact address is known. */
  url?: string;
  /** Where to go or whom to call, when there is no link (or in addition to it). */
  where: Localized;
  /** Who can use the option (e.g. "Alle over 15 år med MitID"). */
  who: Localized;
}

/** Every question is a yes/no question; the answer is a boolean. */
export interface TriageQuestionDefinition {
  /** Stable key within the errand (snake_case), used in answers and rule conditions. */
  key: string;
  text: Localized;
  help?: Localized;
  required: boolean;
}

/** A condition holds when the answer to `question` equals `equals`; a missing answer never holds. */
export interface RuleCondition {
  question: string;
  equals: boolean;
}

/**
 * Rules are evaluated in order; the first whose conditions all hold decides. The last rule of an
 * errand must have no conditions (the fallback), so every set of answers gets an outcome.
 */
export interface TriageRuleDefinition {
  key: string;
  when: RuleCondition[];
  outcome: Outcome;
  reason: Localized;
  /** Keys of the self-service options to show with this outcome; omitted = none. */
  options?: string[];
  /**
   * Only with outcome `visit`: also offer "Ring mig op" (a callback from the hotline) next to the
   * visit; the errand's `phoneHelp.reason` says why a call may be enough. Needs `phoneHelp`.
   */
  callback?: boolean;
}

/**
 * The errand can be solved on the phone with a guide on the line: rules may then decide
 * `callback`, or offer one next to a visit.
 */
export interface PhoneHelpDefinition {
  /** Length of a callback, in minutes. */
  minutes: number;
  /** What a call can do for the citizen, shown where a callback is offered next to a visit. */
  reason: Localized;
}

export interface ErrandDefinition {
  /** UPPER_SNAKE_CASE, e.g. PAS_VOKSEN. */
  code: string;
  name: Localized;
  description: Localized;
  /** Length of a visit at a station, in minutes. */
  visitMinutes: number;
  /** Present when phone help (a hotline callback) can solve the errand. */
  phoneHelp?: PhoneHelpDefinition;
  documents: Localized<string[]>;
  fee: Localized;
  /** Everyday words, synonyms and inflections citizens use for this errand (search). */
  keywords: Localized<string[]>;
  selfService: SelfServiceOptionDefinition[];
  questions: TriageQuestionDefinition[];
  rules: TriageRuleDefinition[];
}
