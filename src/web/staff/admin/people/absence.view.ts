import type { AbsenceVisits } from '../../../../admin/absence-visits.service.js';
import type { VisitResponse } from '../../../../admin/dto/absence-visits.dto.js';
import type { Language } from '../../../../common/i18n/localized.js';
import { momentForPeople } from '../../../page/people-time.js';
import { ABSENCE_TEXTS } from './absence.texts.js';
import { absenceText, type PeopleLookup } from './advisers.view.js';
import { absencePath } from './people-paths.js';
import { PEOPLE_TEXTS } from './people.texts.js';

export interface VisitRowView {
  reference: string;
  time: string;
  place: string;
  errand: string;
  adviser: string;
  station: string;
  status: string;
}

export interface AbsencePageView {
  heading: string;
  when: string;
  reason: string;
  moved: VisitRowView[];
  notMoved: VisitRowView[];
  moveAgainAction: string;
  cancelAction: string;
  deleteAction: string;
}

/** Names of places with their time zones, and of errands. */
export interface VisitLookup extends PeopleLookup {
  zone(placeCode: string): string | undefined;
}

export function toVisitRows(
  visits: VisitResponse[],
  lookup: VisitLookup,
  language: Language,
  now: Date,
): VisitRowView[] {
  const statuses = PEOPLE_TEXTS[language].statuses;
  return visits.map((visit) => ({
    reference: visit.reference,
    time: momentForPeople(visit.start, lookup.zone(visit.location) ?? 'Europe/Copenhagen', language, now),
    place: lookup.place(visit.location) ?? visit.location,
    errand: lookup.errand(visit.errand) ?? visit.errand,
    adviser: visit.adviser.name,
    station: visit.station?.name ?? ABSENCE_TEXTS[language].phone,
    status: statuses[visit.status] ?? visit.status,
  }));
}

export function toAbsencePage(
  visits: AbsenceVisits,
  zone: string,
  lookup: VisitLookup,
  language: Language,
  now: Date,
): AbsencePageView {
  const { absence } = visits;
  const path = (action: string) => absencePath(absence.adviserId, absence.id, action);
  return {
    heading: ABSENCE_TEXTS[language].heading(absence.adviserName),
    when: absenceText(absence, zone, language, now),
    reason: absence.reason,
    moved: toVisitRows(visits.moved, lookup, language, now),
    notMoved: toVisitRows(visits.notMoved, lookup, language, now),
    moveAgainAction: path('flyt'),
    cancelAction: path('aflys'),
    deleteAction: path('slet'),
  };
}

export interface AbsenceNotice {
  text: string;
  more?: string;
}

/** What the redirect after recording, moving again or cancelling says, from its query. */
export function absenceNotice(query: Record<string, unknown>, language: Language): AbsenceNotice | undefined {
  const t = ABSENCE_TEXTS[language];
  const count = (name: string) => {
    const value = Number(query[name]);
    return Number.isInteger(value) && value >= 0 && value < 100_000 ? value : undefined;
  };
  const [moved, left, cancelled] = [count('flyttet'), count('tilbage'), count('aflyst')];
  const counts = [
    moved !== undefined && moved > 0 ? t.movedCount(moved) : '',
    left !== undefined && left > 0 ? t.leftCount(left) : '',
  ]
    .filter(Boolean)
    .join(' ');
  if (query.ny === '1') return { text: t.recorded, more: counts || undefined };
  if (query.igen === '1') return { text: t.triedAgain, more: counts || undefined };
  if (cancelled !== undefined) return { text: t.cancelledCount(cancelled) };
  return undefined;
}
