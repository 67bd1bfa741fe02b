import type { EntityManager } from 'typeorm';
import type { ErrandDefinition } from './errand-definition.js';
import { Errand } from './entities/errand.entity.js';
import { SelfServiceOption } from './entities/self-service-option.entity.js';
import { TriageQuestion } from './entities/triage-question.entity.js';
import { TriageRule } from './entities/triage-rule.entity.js';
import { validateErrandDefinition } from './triage-rules.js';

export class InvalidErrandDefinitionError extends Error {
  constructor(
    readonly errand: string,
    readonly problems: string[],
  ) {
    super(`Errand ${errand} is not valid: ${problems.join('; ')}`);
  }
}

/** Stores a whole errand (options, questions, rules) after checking it; run inside a transaction. */
export async function insertErrand(manager: EntityManager, definition: ErrandDefinition): Promise<Errand> {
  const problems = validateErrandDefinition(definition);
  if (problems.length > 0) throw new InvalidErrandDefinitionError(definition.code, problems);

  const errand = await manager.save(
    manager.create(Errand, {
      code: definition.code,
      name: definition.name,
      description: definition.description,
      visitMinutes: definition.visitMinutes,
      documents: definition.documents,
      fee: definition.fee,
      keywords: definition.keywords,
      active: true,
    }),
  );
  const errandId = errand.id;
  await manager.insert(
    SelfServiceOption,
    definition.selfService.map((option, position) => ({
      ...option,
      url: option.url ?? null,
      errandId,
      position,
    })),
  );
  await manager.insert(
    TriageQuestion,
    definition.questions.map((question, position) => ({
      ...question,
      help: question.help ?? { da: null, en: null },
      errandId,
      position,
    })),
  );
  await manager.insert(
    TriageRule,
    definition.rules.map((rule, position) => ({
      key: rule.key,
      conditions: rule.when,
      outcome: rule.outcome,
      reason: rule.reason,
      optionKeys: rule.options ?? [],
      errandId,
      position,
    })),
  );
  return errand;
}
