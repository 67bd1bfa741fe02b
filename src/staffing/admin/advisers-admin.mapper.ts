import { formatInstant } from '../../common/time/format-instant.js';
import { type AbsenceRow, type AdviserDetail, STAFFING_ZONE } from '../adviser-queries.service.js';
import type { AbsenceResponse, AdviserDetailResponse } from './advisers-admin.dto.js';

export function toAbsenceResponse(row: AbsenceRow, zone = STAFFING_ZONE): AbsenceResponse {
  return {
    id: row.id,
    adviserId: row.adviserId,
    adviserName: row.adviserName,
    startsAt: formatInstant(row.startsAt.getTime(), zone),
    endsAt: formatInstant(row.endsAt.getTime(), zone),
    reason: row.reason,
  };
}

export function toAdviserDetailResponse(detail: AdviserDetail): AdviserDetailResponse {
  const { timeZone, times, absences, ...summary } = detail;
  return {
    ...summary,
    workingTimes: { times },
    absences: absences.map((absence) => toAbsenceResponse(absence, timeZone)),
  };
}
