import type { EntityManager } from 'typeorm';
import type { ErrandDefinition } from './errand-definition.js';
import { Errand } from './entities/errand.entity.js';
import { SelfServiceOption } from './entities/self-service-option.entity.js';
import { TriageQuestion } from './entities/triage-question.entity.js';
import { TriageRule } from './entities/triage-rule.entity.js';
import { InvalidErrandDefinitionError } from './errands.errors.js';
import { validateErrandDefinition } from './triage-rules.js';

/**
 * Stores a whole errand (options, questions, rules) after checking it, replacing an errand with the
 * same code in place (its id stays, so triages and bookings keep pointing at it). Run inside a
 * transaction.
 */
export async function saveErrand(manager: EntityManager, definition: ErrandDefinition): Promise<Errand> {
  const problems = validateErrandDefinition(definition);
  if (problems.length > 0) throw new InvalidErrandDefinitionError(definition.code, problems);

  const existing = await manager.findOneBy(Errand, { code: definition.code });
  if (existing) {
    for (const part of [SelfServiceOption, TriageQuestion, TriageRule])
      await manager.delete(part, { errandId: existing.id });
  }
  const errand = await manager.save(
    manager.create(Errand, {
      id: existing?.id,
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
