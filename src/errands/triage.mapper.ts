import type { Language } from './errand-definition.js';
import type { TriageResponse } from './dto/triage.dto.js';
import type { TriageSession } from './entities/triage-session.entity.js';
import { toOptionResponse } from './errands.mapper.js';
import { isBookable, offersCallback } from './triage-ticket.js';

/** Needs the session's errand with its self-service options loaded. */
export function toTriageResponse(
  session: TriageSession,
  language: Language,
  expired: boolean,
): TriageResponse {
  const { errand } = session;
  const options = session.optionKeys.flatMap((key) => errand.selfServiceOptions.filter((o) => o.key === key));
  return {
    id: session.id,
    errand: { code: errand.code, name: errand.name[language] },
    outcome: session.outcome,
    reason: session.reason[language],
    selfService: options.map((option) => toOptionResponse(option, language)),
    visit: isBookable(session)
      ? { minutes: errand.visitMinutes, documents: errand.documents[language], fee: errand.fee[language] }
      : null,
    callback:
      offersCallback(session) && errand.phoneMinutes !== null
        ? { minutes: errand.phoneMinutes, reason: errand.phoneReason[language] ?? '' }
        : null,
    answers: session.answers,
    createdAt: session.createdAt.toISOString(),
    expiresAt: session.expiresAt.toISOString(),
    expired,
    selfServiceTriedAt: session.selfServiceTriedAt?.toISOString() ?? null,
  };
}
