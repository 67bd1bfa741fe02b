import type {
  CapacityReport,
  SelfServiceReport,
  SelfServiceRow,
  VisitRow,
  VisitsReport,
  WaitingReport,
} from './stats.types.js';

type Cell = string | number | null;

/** Starts a formula in a spreadsheet (OWASP: CSV injection); such a text cell gets a leading '. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: numbers as they are (dot decimals), null empty, text defused and quoted when needed. */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A header row and one line per row, CRLF (RFC 4180), after a byte-order mark so that spreadsheet
 * programs read the Danish letters as UTF-8.
 */
export function toCsv(header: string[], rows: Cell[][]): string {
  return '\uFEFF' + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

const SELF_SERVICE_HEADER = [
  'key',
  'label',
  'triages',
  'selfService',
  'visit',
  'notYet',
  'elsewhere',
  'triedThenBooked',
  'selfServiceRate',
  'targetPercent',
  // Added with the hotline: after the older columns, so readers by position keep working.
  'callback',
  'callbackInsteadOfVisit',
  'callbacksBooked',
  'callbacksSolvedOnPhone',
  'callbacksSentToSelfService',
  'callbacksNeedsVisit',
  'callbacksNoAnswer',
  'callbacksOpen',
  'withoutVisit',
];

/** The rows, then the total; clicks are in the JSON only (another table). */
export function selfServiceCsv(report: SelfServiceReport): string {
  const line = (r: SelfServiceRow): Cell[] => [
    r.key,
    r.label,
    r.triages,
    r.selfService,
    r.visit,
    r.notYet,
    r.elsewhere,
    r.triedThenBooked,
    r.selfServiceRate,
    report.targetPercent,
    r.callback,
    r.callbackInsteadOfVisit,
    r.callbacks.booked,
    r.callbacks.solvedOnPhone,
    r.callbacks.sentToSelfService,
    r.callbacks.needsVisit,
    r.callbacks.noAnswer,
    r.callbacks.open,
    r.withoutVisit,
  ];
  return toCsv(SELF_SERVICE_HEADER, [...report.rows, report.total].map(line));
}

const VISITS_HEADER = [
  'key',
  'label',
  'booked',
  'walkIns',
  'checkedIn',
  'cancelledByCitizen',
  'cancelledByMunicipality',
  'noShows',
  'noShowRate',
  'completed',
  'selfServedWithHelp',
  'doneByAdviser',
  'notResolved',
  'canDoAlone',
  'canDoAloneRate',
];

export function visitsCsv(report: VisitsReport): string {
  const line = (r: VisitRow): Cell[] => [
    r.key,
    r.label,
    r.booked,
    r.walkIns,
    r.checkedIn,
    r.cancelledByCitizen,
    r.cancelledByMunicipality,
    r.noShows,
    r.noShowRate,
    r.completed,
    r.outcomes.selfServedWithHelp,
    r.outcomes.doneByAdviser,
    r.outcomes.notResolved,
    r.canDoAlone,
    r.canDoAloneRate,
  ];
  return toCsv(VISITS_HEADER, [...report.rows, report.total].map(line));
}

export const WAITING_TABLES = ['waits', 'first-free'] as const;
export type WaitingTable = (typeof WAITING_TABLES)[number];

/** Waits per place and day, or (table `first-free`) the first free time measurements. */
export function waitingCsv(report: WaitingReport, table: WaitingTable = 'waits'): string {
  if (table === 'first-free')
    return toCsv(
      ['day', 'errand', 'errandLabel', 'location', 'locationLabel', 'days'],
      report.firstFree.map((f) => [f.day, f.errand, f.errandLabel, f.location, f.locationLabel, f.days]),
    );
  return toCsv(
    ['day', 'location', 'label', 'calls', 'medianMinutes', 'p90Minutes'],
    report.rows.map((w) => [w.day, w.location, w.label, w.calls, w.medianMinutes, w.p90Minutes]),
  );
}

export function capacityCsv(report: CapacityReport): string {
  return toCsv(
    [
      'day',
      'location',
      'label',
      'stationMinutes',
      'bookedMinutes',
      'stationUse',
      'adviserMinutes',
      'adviserUse',
      'hotline',
    ],
    report.rows.map((r) => [
      r.day,
      r.location,
      r.label,
      r.stationMinutes,
      r.bookedMinutes,
      r.stationUse,
      r.adviserMinutes,
      r.adviserUse,
      r.hotline ? 'true' : 'false',
    ]),
  );
}
