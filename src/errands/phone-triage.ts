import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Language } from './errand-definition.js';

/** The rule key of a visit decided on the phone: the hotline adviser's judgement, not one of the errand's rules. */
export const PHONE_VISIT_RULE = 'hotline-needs-visit';

const PHONE_VISIT_REASON = {
  da: 'Rådgiveren i telefonen vurderede, at du skal møde op.',
  en: 'The adviser on the phone found that you need to come in.',
};

export interface PhoneVisitTriage {
  /** The callback's own triage: its errand version and answers are carried over. */
  fromTriageId: string;
  /** The hotline place that decided (the statistics count phone triages there). */
  locationId: string;
  language: Language;
  decidedAt: Date;
  expiresAt: Date;
}

/**
 * Writes the `visit` triage a hotline call decides (source `phone`), inside the caller's
 * transaction: the errands module's table, written here so that the hotline never writes it itself.
 * Returns its id. (Hotline, issue 12; could become a TriageService method.)
 */
export async function insertPhoneVisitTriage(
  manager: EntityManager,
  triage: PhoneVisitTriage,
): Promise<string> {
  const id = randomUUID();
  await manager.query(
    `INSERT INTO triage_sessions (id, errand_id, errand_version, answers, outcome, rule_key, reason_da, reason_en,
       option_keys, source, location_id, language, created_at, expires_at)
     SELECT $1, errand_id, errand_version, answers, 'visit', $2, $3, $4, '{}', 'phone', $5, $6, $7, $8
     FROM triage_sessions WHERE id = $9`,
    [
      id,
      PHONE_VISIT_RULE,
      PHONE_VISIT_REASON.da,
      PHONE_VISIT_REASON.en,
      triage.locationId,
      triage.language,
      triage.decidedAt,
      triage.expiresAt,
      triage.fromTriageId,
    ],
  );
  return id;
}
