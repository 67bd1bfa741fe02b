import type { Language } from '../common/i18n/localized.js';
import { TOTAL, totalLabel } from './stats-labels.js';
import { percent } from './stats-period.js';
import type { VisitRow } from './stats.types.js';
import type { VisitCounts } from './visits.query.js';

type Counted = Omit<VisitCounts, 'errand' | 'name_da' | 'name_en'>;

const FIELDS: (keyof Counted)[] = [
  'booked',
  'walkIns',
  'checkedIn',
  'cancelledByCitizen',
  'cancelledByMunicipality',
  'noShows',
  'due',
  'completed',
  'selfServedWithHelp',
  'doneByAdviser',
  'notResolved',
  'canDoAlone',
];

function row(key: string, label: string, c: Counted): VisitRow {
  return {
    key,
    label,
    booked: c.booked,
    walkIns: c.walkIns,
    checkedIn: c.checkedIn,
    cancelledByCitizen: c.cancelledByCitizen,
    cancelledByMunicipality: c.cancelledByMunicipality,
    noShows: c.noShows,
    noShowRate: percent(c.noShows, c.due),
    completed: c.completed,
    outcomes: {
      selfServedWithHelp: c.selfServedWithHelp,
      doneByAdviser: c.doneByAdviser,
      notResolved: c.notResolved,
    },
    canDoAlone: c.canDoAlone,
    canDoAloneRate: percent(c.canDoAlone, c.completed),
  };
}

/** One row per errand with visits in the period (by code), and their total. */
export function visitRows(counts: VisitCounts[], language: Language): { total: VisitRow; rows: VisitRow[] } {
  const total = Object.fromEntries(FIELDS.map((f) => [f, counts.reduce((s, c) => s + c[f], 0)])) as Counted;
  return {
    total: row(TOTAL, totalLabel(language), total),
    rows: counts.map((c) => row(c.errand, language === 'da' ? c.name_da : c.name_en, c)),
  };
}
