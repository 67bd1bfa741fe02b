import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Outcome } from './errand-definition.js';
import type { TriageSource } from './entities/triage-session.entity.js';

/** A day's count of triages of one errand, channel, place (null: none) and outcome. */
export interface TriageDayCount {
  day: string;
  /** Errand code. */
  errand: string;
  source: TriageSource;
  /** Location code, or null. */
  location: string | null;
  outcome: Outcome;
  triages: number;
  selfServiceTried: number;
}

/** Adds to what is there: the same day counted twice is the sum, as the retention sweep does. */
const ADD_SQL = (withPlace: boolean) => `
INSERT INTO triage_days (day, errand_id, source, location_id, outcome, triages, self_service_tried)
SELECT r.day, e.id, r.source, l.id, r.outcome, r.triages, r."selfServiceTried"
FROM jsonb_to_recordset($1::jsonb) AS r(day date, errand text, source text, location text, outcome text,
                                         triages int, "selfServiceTried" int)
JOIN errands e ON e.code = r.errand
${withPlace ? 'JOIN locations l ON l.code = r.location' : 'CROSS JOIN (SELECT NULL::uuid AS id) l'}
WHERE r.location IS ${withPlace ? 'NOT NULL' : 'NULL'}
ON CONFLICT (day, errand_id, source, ${withPlace ? 'location_id, ' : ''}outcome)
  WHERE location_id IS ${withPlace ? 'NOT NULL' : 'NULL'}
DO UPDATE SET triages = triage_days.triages + excluded.triages,
              self_service_tried = triage_days.self_service_tried + excluded.self_service_tried`;

/**
 * Day counts of triages that are no longer stored one by one: the demo's history is loaded
 * through it (the retention sweep writes the same table with its own statement, in the delete).
 */
@Injectable()
export class TriageDaysWriter {
  /** Returns how many rows were written; a code the catalog or the places lack is an error. */
  async add(manager: EntityManager, counts: TriageDayCount[]): Promise<number> {
    const unknown = await manager.query<{ code: string }[]>(
      `SELECT DISTINCT r.errand || coalesce(' at ' || r.location, '') AS code
       FROM jsonb_to_recordset($1::jsonb) AS r(errand text, location text)
       WHERE NOT EXISTS (SELECT 1 FROM errands e WHERE e.code = r.errand)
          OR (r.location IS NOT NULL AND NOT EXISTS (SELECT 1 FROM locations l WHERE l.code = r.location))`,
      [JSON.stringify(counts)],
    );
    if (unknown.length > 0)
      throw new Error(`unknown errand or place: ${unknown.map((u) => u.code).join(', ')}`);
    let written = 0;
    for (const withPlace of [false, true]) {
      const [, count] = await manager.query<[unknown, number]>(ADD_SQL(withPlace), [JSON.stringify(counts)]);
      written += count;
    }
    return written;
  }
}
