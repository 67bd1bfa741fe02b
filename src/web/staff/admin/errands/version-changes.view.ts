import type { Language } from '../../../../common/i18n/localized.js';
import type { ErrandDefinition } from '../../../../errands/errand-definition.js';
import { type DefinitionDiff, SECTIONS, type Section } from '../../../../errands/versions/definition-diff.js';
import { summarizeDiff } from '../../../../errands/versions/diff-summary.js';
import type { VersionEntry } from '../../../../errands/versions/errand-versions.service.js';
import { momentForPeople } from '../../../page/people-time.js';
import { ERRAND_PAGES_TEXTS } from './errand-pages.texts.js';
import { errandPath, ruleLine, toDefinitionView } from './errand-pages.view.js';

/** Versions are saved by people in the municipality: shown in its time. */
export const VERSION_ZONE = 'Europe/Copenhagen';

export interface HistoryRow {
  version: number;
  href: string;
  when: string;
  /** "af Anne Admin", or "indlæst fra datafil" for the demo and the catalog files. */
  who: string;
  summary: string[];
  current: boolean;
}

/** The history page: newest first, who and when in words, and what each version changed. */
export function toHistoryView(
  entries: VersionEntry[],
  authors: Map<string, string>,
  language: Language,
  now: Date,
): HistoryRow[] {
  const t = ERRAND_PAGES_TEXTS[language];
  const newest = Math.max(...entries.map((entry) => entry.version));
  return entries.map((entry) => ({
    version: entry.version,
    href: `${errandPath(entry.definition.code)}/historik/${entry.version}`,
    when: momentForPeople(entry.createdAt, VERSION_ZONE, language, now),
    who: entry.createdBy === null ? t.nobody : `${t.by} ${authors.get(entry.createdBy) ?? t.unknownAccount}`,
    summary: summarizeDiff(entry.diff, language, entry.version === 1),
    current: entry.version === newest,
  }));
}

export interface ChangeItem {
  kind: string;
  key: string;
  before?: string;
  after?: string;
}

export interface SectionChanges {
  section: Section;
  heading: string;
  items: ChangeItem[];
  reordered: boolean;
}

/** Each item of a section in one line, by key, as the definition words it. */
function linesOf(definition: ErrandDefinition | undefined, section: Section, language: Language) {
  const lines = new Map<string, string>();
  if (!definition) return lines;
  const t = ERRAND_PAGES_TEXTS[language];
  const view = toDefinitionView(definition, language);
  if (section === 'questions')
    for (const q of view.questions)
      lines.set(q.key, `${q.text} (${q.required})${q.help ? ` – ${t.help}: ${q.help}` : ''}`);
  if (section === 'selfService')
    for (const o of view.options) lines.set(o.key, `${o.title} – ${o.url ?? o.where} (${o.channel})`);
  if (section === 'rules') for (const r of view.rules) lines.set(r.key, ruleLine(r, language));
  return lines;
}

/**
 * A version's changes section by section, each item before and after in words (a rule as
 * "Hvis … → Besøg: …"), so an administrator sees which rules send a citizen where.
 */
export function toChangesView(
  previous: ErrandDefinition | undefined,
  current: ErrandDefinition,
  diff: DefinitionDiff,
  language: Language,
): SectionChanges[] {
  const t = ERRAND_PAGES_TEXTS[language];
  const headings = { questions: t.questions, selfService: t.selfService, rules: t.rules };
  return SECTIONS.flatMap((section) => {
    const before = linesOf(previous, section, language);
    const after = linesOf(current, section, language);
    const { added, removed, changed, reordered } = diff[section];
    const items: ChangeItem[] = [
      ...changed.map(({ key }) => ({
        kind: t.changedItem,
        key,
        before: before.get(key),
        after: after.get(key),
      })),
      ...added.map((key) => ({ kind: t.added, key, after: after.get(key) })),
      ...removed.map((key) => ({ kind: t.removed, key, before: before.get(key) })),
    ];
    return items.length > 0 || reordered ? [{ section, heading: headings[section], items, reordered }] : [];
  });
}

/** The descriptive fields that changed, in words ("gebyr, besøgets længde"), or nothing. */
export function otherChanges(diff: DefinitionDiff, language: Language): string | undefined {
  if (diff.fields.length === 0) return undefined;
  const line = summarizeDiff({ ...diff, questions: none, selfService: none, rules: none }, language).at(-1)!;
  return line.slice(line.indexOf(':') + 2);
}

const none = { added: [], removed: [], changed: [], reordered: false };
