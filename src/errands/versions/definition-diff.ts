import type { ErrandDefinition } from '../errand-definition.js';
import { canonicalDefinition } from './canonical-definition.js';

/** The lists of a definition that triage reads, each item named by its `key`. */
export const SECTIONS = ['questions', 'selfService', 'rules'] as const;
export type Section = (typeof SECTIONS)[number];

/** The other parts of a definition: what the errand is, not how it is triaged. */
export const DESCRIPTIVE_FIELDS = [
  'name',
  'description',
  'visitMinutes',
  'phoneHelp',
  'documents',
  'fee',
  'keywords',
] as const;
export type DescriptiveField = (typeof DESCRIPTIVE_FIELDS)[number];

export interface ItemChange {
  key: string;
  /** The item's fields that differ (`text`, `when`, `outcome`, …). */
  fields: string[];
}

export interface SectionDiff {
  added: string[];
  removed: string[];
  changed: ItemChange[];
  /** The items both versions have stand in another order (for rules: another one may decide first). */
  reordered: boolean;
}

export interface DefinitionDiff {
  questions: SectionDiff;
  selfService: SectionDiff;
  rules: SectionDiff;
  fields: DescriptiveField[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function diffSection<T extends { key: string }>(before: T[], after: T[]): SectionDiff {
  const old = new Map(before.map((item) => [item.key, item]));
  const now = new Map(after.map((item) => [item.key, item]));
  const changed = after.flatMap((item) => {
    const was = old.get(item.key);
    if (!was) return [];
    const names = [...new Set([...Object.keys(was), ...Object.keys(item)])];
    const fields = names.filter(
      (name) => !same((was as Record<string, unknown>)[name], (item as Record<string, unknown>)[name]),
    );
    return fields.length > 0 ? [{ key: item.key, fields }] : [];
  });
  const kept = (items: T[], other: Map<string, T>) =>
    items.filter((item) => other.has(item.key)).map((item) => item.key);
  return {
    added: after.filter((item) => !old.has(item.key)).map((item) => item.key),
    removed: before.filter((item) => !now.has(item.key)).map((item) => item.key),
    changed,
    reordered: !same(kept(before, now), kept(after, old)),
  };
}

/**
 * What changed from one version of an errand to the next: questions, self-service options and
 * rules added, removed or changed (by key, with the fields that differ) or put in another order,
 * and which descriptive fields changed. Without a previous version everything is added.
 */
export function diffDefinitions(
  before: ErrandDefinition | undefined,
  after: ErrandDefinition,
): DefinitionDiff {
  const a = before && canonicalDefinition(before);
  const b = canonicalDefinition(after);
  return {
    questions: diffSection(a?.questions ?? [], b.questions),
    selfService: diffSection(a?.selfService ?? [], b.selfService),
    rules: diffSection(a?.rules ?? [], b.rules),
    fields: a ? DESCRIPTIVE_FIELDS.filter((field) => !same(a[field], b[field])) : [],
  };
}

export function sectionChanged(diff: SectionDiff): boolean {
  return diff.added.length + diff.removed.length + diff.changed.length > 0 || diff.reordered;
}

/** Whether the change can alter a triage: its questions, options or rules. */
export function triageChanged(diff: DefinitionDiff): boolean {
  return SECTIONS.some((section) => sectionChanged(diff[section]));
}
