import type { Language } from '../../common/i18n/localized.js';
import type { SelfServiceOptionDefinition } from '../errand-definition.js';
import type { SelfServiceOptionResponse } from '../dto/errand.responses.js';
import { summarizeDiff } from '../versions/diff-summary.js';
import type { ErrandState, VersionEntry } from '../versions/errand-versions.service.js';
import type {
  ErrandListItemResponse,
  ErrandStateResponse,
  ErrandVersionDetailResponse,
  ErrandVersionResponse,
} from './errand-admin.dto.js';

export function toListItem(errand: ErrandState, language: Language): ErrandListItemResponse {
  const { definition } = errand;
  return {
    code: errand.code,
    name: definition.name[language],
    active: errand.active,
    version: errand.version,
    changedAt: errand.changedAt.toISOString(),
    outcomes: [...new Set(definition.rules.map((rule) => rule.outcome))],
    questions: definition.questions.length,
    selfService: definition.selfService.length,
    rules: definition.rules.length,
  };
}

export function toStateResponse(errand: ErrandState): ErrandStateResponse {
  return {
    version: errand.version,
    active: errand.active,
    changedAt: errand.changedAt.toISOString(),
    changedBy: errand.changedBy,
    definition: errand.definition,
  };
}

export function toVersionResponse(entry: VersionEntry, language: Language): ErrandVersionResponse {
  return {
    version: entry.version,
    createdAt: entry.createdAt.toISOString(),
    createdBy: entry.createdBy,
    summary: summarizeDiff(entry.diff, language, entry.version === 1),
    changes: entry.diff,
  };
}

export function toVersionDetail(entry: VersionEntry, language: Language): ErrandVersionDetailResponse {
  return { ...toVersionResponse(entry, language), definition: entry.definition };
}

export function toOptionResponse(
  option: SelfServiceOptionDefinition,
  language: Language,
): SelfServiceOptionResponse {
  return {
    key: option.key,
    channel: option.channel,
    title: option.title[language],
    url: option.url ?? null,
    where: option.where[language],
    who: option.who[language],
  };
}
