import type { Language, Localized } from '../../../common/i18n/localized.js';
import type { Channel, Outcome } from '../../../errands/errand-definition.js';
import { isBookable, offersCallback } from '../../../errands/triage-ticket.js';
import { CHANNEL_STEPS, NO_LINK_STEP, OUTCOME_HEADINGS } from './outcome.texts.js';

export const outcomePath = (triageId: string): string => `/vejledning/${triageId}`;
export const selfServiceTriedPath = (triageId: string): string => `/vejledning/${triageId}/proevet-selv`;
export const linkPath = (triageId: string, optionKey: string): string =>
  `/ud/${triageId}/${encodeURIComponent(optionKey)}`;
export const bookingPath = (triageId: string): string => `/book/${triageId}/sted`;
/** "Ring mig op": the time picker of the hotline place. */
export const callbackPath = (triageId: string, hotlineCode: string): string =>
  `/book/${triageId}/tid?${new URLSearchParams({ sted: hotlineCode }).toString()}`;

/** Channels whose steps begin with following the option's link. */
const STARTS_AT_LINK: readonly Channel[] = ['online', 'chat', 'post'];

interface OptionLike {
  key: string;
  channel: Channel;
  title: Localized;
  url: string | null;
  where: Localized;
  who: Localized;
}

/** What the page needs of a stored triage with its errand (the entity fits). */
export interface TriageLike {
  id: string;
  outcome: Outcome;
  ruleKey: string;
  reason: Localized;
  optionKeys: string[];
  selfServiceTriedAt: Date | null;
  errand: {
    code: string;
    name: Localized;
    documents: Localized<string[]>;
    fee: Localized;
    visitMinutes: number;
    phoneMinutes: number | null;
    phoneReason: { da: string | null; en: string | null };
    rules: { key: string; offersCallback: boolean }[];
    selfServiceOptions: OptionLike[];
  };
}

export interface OutcomeOption {
  key: string;
  channel: Channel;
  title: string;
  who: string;
  where: string;
  steps: string[];
  /** Through /ud/…, which counts the click; only for an option with a link. */
  href?: string;
  /** The site the link leads to ("borger.dk"), so the link says where it goes. */
  site?: string;
  /** Help at a library: the page adds where Borgerservice is and when it is open. */
  library: boolean;
}

export interface OutcomeView {
  triageId: string;
  outcome: Outcome;
  errandName: string;
  heading: string;
  reason: string;
  optionsHeading: string;
  options: OutcomeOption[];
  /** "Jeg kunne ikke klare det selv": a self-service triage the citizen has not reported back on. */
  offerCouldNot: boolean;
  couldNotAction: string;
  /** Where "Book tid" goes, when the triage books a visit (outcome visit, or self-service tried). */
  bookHref?: string;
  selfServiceTried: boolean;
  visit?: { documents: string[]; fee: string; minutes: number };
  /**
   * "Ring mig op", when the triage offers a callback and there is a hotline to call: the main way on
   * (outcome callback), or a choice beside the visit with why a call may do (`reason`).
   */
  callback?: { href: string; minutes: number; primary: boolean; reason?: string };
}

/** The site an https link leads to ("borger.dk"); undefined for no link or one that cannot be followed. */
function siteOf(url: string | null): string | undefined {
  if (!url || !URL.canParse(url)) return undefined;
  const { protocol, hostname } = new URL(url);
  return protocol === 'https:' ? hostname.replace(/^www\./, '') : undefined;
}

function toOption(option: OptionLike, triageId: string, language: Language): OutcomeOption {
  const site = siteOf(option.url);
  const steps = [...CHANNEL_STEPS[language][option.channel]];
  if (!site && STARTS_AT_LINK.includes(option.channel)) steps[0] = NO_LINK_STEP[language];
  return {
    key: option.key,
    channel: option.channel,
    title: option.title[language],
    who: option.who[language],
    where: option.where[language],
    steps,
    href: site ? linkPath(triageId, option.key) : undefined,
    site,
    library: option.channel === 'library',
  };
}

function toCallback(
  triage: TriageLike,
  language: Language,
  hotlineCode: string | undefined,
): OutcomeView['callback'] {
  const minutes = triage.errand.phoneMinutes;
  if (!hotlineCode || minutes === null || !offersCallback(triage)) return undefined;
  const primary = triage.outcome === 'callback';
  return {
    href: callbackPath(triage.id, hotlineCode),
    minutes,
    primary,
    reason: primary ? undefined : (triage.errand.phoneReason[language] ?? undefined),
  };
}

/**
 * The outcome page of a triage that has not expired (an expired one gets its own page);
 * `hotlineCode` is the phone desk's place, when there is one to book a callback with.
 */
export function toOutcomeView(triage: TriageLike, language: Language, hotlineCode?: string): OutcomeView {
  const { errand } = triage;
  const headings = OUTCOME_HEADINGS[language][triage.outcome];
  const options = triage.optionKeys.flatMap((key) =>
    errand.selfServiceOptions.filter((option) => option.key === key),
  );
  const bookable = isBookable(triage);
  return {
    triageId: triage.id,
    outcome: triage.outcome,
    errandName: errand.name[language],
    heading: headings.title,
    reason: triage.reason[language],
    optionsHeading: headings.options,
    options: options.map((option) => toOption(option, triage.id, language)),
    offerCouldNot: triage.outcome === 'self_service' && !bookable,
    couldNotAction: selfServiceTriedPath(triage.id),
    bookHref: bookable ? bookingPath(triage.id) : undefined,
    selfServiceTried: !!triage.selfServiceTriedAt,
    visit: bookable
      ? { documents: errand.documents[language], fee: errand.fee[language], minutes: errand.visitMinutes }
      : undefined,
    callback: toCallback(triage, language, hotlineCode),
  };
}
