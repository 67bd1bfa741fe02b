import type { Language } from './errand-definition.js';
import type {
  ErrandResponse,
  ErrandSummaryResponse,
  SelfServiceOptionResponse,
} from './dto/errand.responses.js';
import type { Errand } from './entities/errand.entity.js';
import type { SelfServiceOption } from './entities/self-service-option.entity.js';

export function toOptionResponse(option: SelfServiceOption, language: Language): SelfServiceOptionResponse {
  return {
    key: option.key,
    channel: option.channel,
    title: option.title[language],
    url: option.url,
    where: option.where[language],
    who: option.who[language],
  };
}

/** Needs the errand's options and rules loaded. */
export function toErrandSummary(errand: Errand, language: Language): ErrandSummaryResponse {
  return {
    code: errand.code,
    name: errand.name[language],
    description: errand.description[language],
    visitMinutes: errand.visitMinutes,
    selfServiceChannels: [...new Set(errand.selfServiceOptions.map((o) => o.channel))],
    visitAlwaysRequired: !errand.rules.some((rule) => rule.outcome === 'self_service'),
  };
}

/** Needs the errand's options, questions and rules loaded, each in position order. */
export function toErrandResponse(errand: Errand, language: Language): ErrandResponse {
  return {
    ...toErrandSummary(errand, language),
    documents: errand.documents[language],
    fee: errand.fee[language],
    selfService: errand.selfServiceOptions.map((option) => toOptionResponse(option, language)),
    questions: errand.questions.map((question) => ({
      key: question.key,
      text: question.text[language],
      help: question.help[language],
      required: question.required,
      type: 'boolean' as const,
    })),
  };
}
