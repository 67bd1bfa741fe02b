import type {
  ErrandDefinition,
  Localized,
  SelfServiceOptionDefinition,
  TriageQuestionDefinition,
  TriageRuleDefinition,
} from '../errand-definition.js';
import type { Errand } from '../entities/errand.entity.js';

const pair = <T>(value: Localized<T>): Localized<T> => ({ da: value.da, en: value.en });
const list = (value: Localized<string[]>): Localized<string[]> => ({ da: [...value.da], en: [...value.en] });

function option(o: SelfServiceOptionDefinition): SelfServiceOptionDefinition {
  return {
    key: o.key,
    channel: o.channel,
    title: pair(o.title),
    ...(o.url !== undefined && o.url !== null && { url: o.url }),
    where: pair(o.where),
    who: pair(o.who),
  };
}

function question(q: TriageQuestionDefinition): TriageQuestionDefinition {
  const help = q.help as Localized<string | null> | undefined;
  return {
    key: q.key,
    required: q.required,
    text: pair(q.text),
    ...(help && help.da !== null && help.en !== null && { help: pair(help as Localized) }),
  };
}

function rule(r: TriageRuleDefinition): TriageRuleDefinition {
  return {
    key: r.key,
    when: r.when.map((c) => ({ question: c.question, equals: c.equals })),
    outcome: r.outcome,
    reason: pair(r.reason),
    ...(r.options && r.options.length > 0 && { options: [...r.options] }),
    ...(r.callback === true && { callback: true }),
  };
}

/**
 * An errand definition exactly as the data files write it (`src/demo/data/errands/*.json`): the
 * fields in the files' order, optional ones left out when empty (no `url`, no `help`, a rule
 * showing no options), nothing else. Two definitions are the same when these are equal.
 */
export function canonicalDefinition(d: ErrandDefinition): ErrandDefinition {
  return {
    code: d.code,
    name: pair(d.name),
    description: pair(d.description),
    visitMinutes: d.visitMinutes,
    ...(d.phoneHelp && { phoneHelp: { minutes: d.phoneHelp.minutes, reason: pair(d.phoneHelp.reason) } }),
    documents: list(d.documents),
    fee: pair(d.fee),
    keywords: list(d.keywords),
    selfService: d.selfService.map(option),
    questions: d.questions.map(question),
    rules: d.rules.map(rule),
  };
}

export function sameDefinition(a: ErrandDefinition, b: ErrandDefinition): boolean {
  return JSON.stringify(canonicalDefinition(a)) === JSON.stringify(canonicalDefinition(b));
}

/** The errand's phone help as its definition writes it; undefined when a call cannot solve it. */
export function phoneHelpOf(errand: Errand): ErrandDefinition['phoneHelp'] {
  const { phoneMinutes, phoneReason } = errand;
  // An errand read without its phone columns (a partial select) has no phone help to show.
  if (phoneMinutes == null || phoneReason?.da == null || phoneReason.en == null) return undefined;
  return { minutes: phoneMinutes, reason: { da: phoneReason.da, en: phoneReason.en } };
}

const byPosition = <T extends { position: number }>(items: T[]) =>
  [...items].sort((a, b) => a.position - b.position);

/** A stored errand (options, questions and rules loaded) as its definition. */
export function definitionOf(errand: Errand): ErrandDefinition {
  return canonicalDefinition({
    code: errand.code,
    name: errand.name,
    description: errand.description,
    visitMinutes: errand.visitMinutes,
    phoneHelp: phoneHelpOf(errand),
    documents: errand.documents,
    fee: errand.fee,
    keywords: errand.keywords,
    selfService: byPosition(errand.selfServiceOptions).map((o) => ({ ...o, url: o.url ?? undefined })),
    questions: byPosition(errand.questions).map((q) => ({ ...q, help: q.help as Localized | undefined })),
    rules: byPosition(errand.rules).map((r) => ({
      ...r,
      when: r.conditions,
      options: r.optionKeys,
      callback: r.offersCallback,
    })),
  });
}
