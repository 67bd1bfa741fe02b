import type { ErrandDefinition } from '../errand-definition.js';
import { Errand } from '../entities/errand.entity.js';
import { SelfServiceOption } from '../entities/self-service-option.entity.js';
import { TriageQuestion } from '../entities/triage-question.entity.js';
import { TriageRule } from '../entities/triage-rule.entity.js';

type Row<T> = Omit<T, 'id' | 'errand'>;

export interface ErrandParts {
  selfServiceOptions: Row<SelfServiceOption>[];
  questions: Row<TriageQuestion>[];
  rules: Row<TriageRule>[];
}

/** The rows of an errand's options, questions and rules for a definition, in its order. */
export function partsOf(errandId: string, definition: ErrandDefinition): ErrandParts {
  return {
    selfServiceOptions: definition.selfService.map((option, position) => ({
      errandId,
      position,
      key: option.key,
      channel: option.channel,
      title: { da: option.title.da, en: option.title.en },
      url: option.url ?? null,
      where: { da: option.where.da, en: option.where.en },
      who: { da: option.who.da, en: option.who.en },
    })),
    questions: definition.questions.map((question, position) => ({
      errandId,
      position,
      key: question.key,
      text: { da: question.text.da, en: question.text.en },
      help: question.help ? { da: question.help.da, en: question.help.en } : { da: null, en: null },
      required: question.required,
    })),
    rules: definition.rules.map((rule, position) => ({
      errandId,
      position,
      key: rule.key,
      conditions: rule.when.map((c) => ({ question: c.question, equals: c.equals })),
      outcome: rule.outcome,
      reason: { da: rule.reason.da, en: rule.reason.en },
      optionKeys: rule.options ?? [],
      offersCallback: rule.callback === true,
    })),
  };
}

/**
 * The errand as one of its versions decided a triage: that version's options, questions and rules,
 * with everything else as the errand is now (its name, visit length, documents and fee, which a
 * booking made today follows).
 */
export function errandAsOf(current: Errand, version: number, definition: ErrandDefinition): Errand {
  const parts = partsOf(current.id, definition);
  return Object.assign(Object.create(Errand.prototype) as Errand, current, {
    version,
    selfServiceOptions: parts.selfServiceOptions.map((row) => Object.assign(new SelfServiceOption(), row)),
    questions: parts.questions.map((row) => Object.assign(new TriageQuestion(), row)),
    rules: parts.rules.map((row) => Object.assign(new TriageRule(), row)),
  });
}
