import type { EntityManager } from 'typeorm';
import type { ErrandDefinition } from './errand-definition.js';
import { Errand } from './entities/errand.entity.js';
import { ErrandVersion } from './entities/errand-version.entity.js';
import { SelfServiceOption } from './entities/self-service-option.entity.js';
import { TriageQuestion } from './entities/triage-question.entity.js';
import { TriageRule } from './entities/triage-rule.entity.js';
import { InvalidErrandDefinitionError } from './errands.errors.js';
import { validateErrandDefinition } from './definition-problems.js';
import { canonicalDefinition, sameDefinition } from './versions/canonical-definition.js';
import { partsOf } from './versions/errand-parts.js';

export type SaveStatus = 'created' | 'changed' | 'unchanged';

export interface SaveOptions {
  /** `false` keeps the errand out of the catalog; anything else puts it (back) in. */
  active?: boolean;
  /** The staff account saving it; none for the demo and the test catalog. */
  by?: string | null;
  /** When (the API's clock); the database's time when not given. */
  at?: Date;
}

export interface SavedErrand {
  id: string;
  /** The version now current: a new one when the definition changed, else the one there was. */
  version: number;
  status: SaveStatus;
}

/**
 * Stores a whole errand (options, questions, rules) after checking it, replacing an errand with the
 * same code in place (its id stays, so triages and bookings keep pointing at it), and records a new
 * version when the definition differs from the current one; the same definition again changes
 * nothing but `active`. Run inside a transaction: the errand's row is locked, so two saves of one
 * errand never make the same version.
 */
export async function saveErrand(
  manager: EntityManager,
  definition: ErrandDefinition,
  options: SaveOptions = {},
): Promise<SavedErrand> {
  const problems = validateErrandDefinition(definition);
  if (problems.length > 0) throw new InvalidErrandDefinitionError(definition.code, problems);
  const active = options.active !== false;

  const existing = await manager.findOne(Errand, {
    where: { code: definition.code },
    lock: { mode: 'pessimistic_write' },
  });
  if (existing) {
    const current = await manager.findOneBy(ErrandVersion, {
      errandId: existing.id,
      version: existing.version,
    });
    if (current && sameDefinition(current.definition, definition)) {
      if (existing.active !== active) await manager.update(Errand, { id: existing.id }, { active });
      return { id: existing.id, version: existing.version, status: 'unchanged' };
    }
    for (const part of [SelfServiceOption, TriageQuestion, TriageRule])
      await manager.delete(part, { errandId: existing.id });
  }
  const version = (existing?.version ?? 0) + 1;
  const errand = await manager.save(
    manager.create(Errand, {
      id: existing?.id,
      code: definition.code,
      name: definition.name,
      description: definition.description,
      visitMinutes: definition.visitMinutes,
      phoneMinutes: definition.phoneHelp?.minutes ?? null,
      phoneReason: {
        da: definition.phoneHelp?.reason.da ?? null,
        en: definition.phoneHelp?.reason.en ?? null,
      },
      documents: definition.documents,
      fee: definition.fee,
      keywords: definition.keywords,
      active,
      version,
    }),
  );
  const parts = partsOf(errand.id, definition);
  await manager.insert(SelfServiceOption, parts.selfServiceOptions);
  await manager.insert(TriageQuestion, parts.questions);
  await manager.insert(TriageRule, parts.rules);
  await manager.insert(ErrandVersion, {
    errandId: errand.id,
    version,
    definition: canonicalDefinition(definition),
    createdBy: options.by ?? null,
    ...(options.at && { createdAt: options.at }),
  });
  return { id: errand.id, version, status: existing ? 'changed' : 'created' };
}
