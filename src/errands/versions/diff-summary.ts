import type { Language, Localized } from '../../common/i18n/localized.js';
import { type DefinitionDiff, type DescriptiveField, type Section, SECTIONS } from './definition-diff.js';

const TEXTS = {
  da: {
    first: 'Første version',
    none: 'Ingen ændringer',
    questions: 'Spørgsmål',
    selfService: 'Selvbetjening',
    rules: 'Regler',
    added: 'tilføjet',
    removed: 'fjernet',
    changed: 'ændret',
    reordered: 'ny rækkefølge',
    also: 'Også ændret',
    name: 'navn',
    description: 'beskrivelse',
    visitMinutes: 'besøgets længde',
    phoneHelp: 'telefonhjælp',
    documents: 'dokumenter',
    fee: 'gebyr',
    keywords: 'søgeord',
  },
  en: {
    first: 'First version',
    none: 'No changes',
    questions: 'Questions',
    selfService: 'Self-service',
    rules: 'Rules',
    added: 'added',
    removed: 'removed',
    changed: 'changed',
    reordered: 'new order',
    also: 'Also changed',
    name: 'name',
    description: 'description',
    visitMinutes: 'visit length',
    phoneHelp: 'phone help',
    documents: 'documents',
    fee: 'fee',
    keywords: 'keywords',
  },
} satisfies Localized<Record<string, string>>;

type Texts = (typeof TEXTS)['da'];

function sectionLine(diff: DefinitionDiff, section: Section, t: Texts): string | undefined {
  const { added, removed, changed, reordered } = diff[section];
  const parts = [
    ...(changed.length > 0
      ? [`${t.changed} ${changed.map((c) => `${c.key} (${c.fields.join(', ')})`).join(', ')}`]
      : []),
    ...(added.length > 0 ? [`${t.added} ${added.join(', ')}`] : []),
    ...(removed.length > 0 ? [`${t.removed} ${removed.join(', ')}`] : []),
    ...(reordered ? [t.reordered] : []),
  ];
  return parts.length > 0 ? `${t[section]}: ${parts.join('; ')}` : undefined;
}

/**
 * What a version changed, as short lines for people: one per changed section ("Regler: ændret
 * no-mitid (when); tilføjet too-early"), then the descriptive fields. Version 1 is "Første version".
 */
export function summarizeDiff(diff: DefinitionDiff, language: Language, first = false): string[] {
  const t = TEXTS[language];
  if (first) return [t.first];
  const lines = SECTIONS.flatMap((section) => sectionLine(diff, section, t) ?? []);
  if (diff.fields.length > 0)
    lines.push(`${t.also}: ${diff.fields.map((field: DescriptiveField) => t[field]).join(', ')}`);
  return lines.length > 0 ? lines : [t.none];
}
