/**
 * The shapes of the municipality's numbers: the stats API answers them as JSON (and as CSV, one
 * row per line), and the statistics page draws and tabulates the same objects. Counts are whole
 * numbers read from stored rows; rates are percentages with one decimal, null when there is nothing
 * to divide by. Periods are Danish calendar days, both ends included.
 */
export interface StatsPeriod {
  from: string;
  to: string;
}

export const SELF_SERVICE_DIMENSIONS = ['errand', 'location', 'channel', 'week', 'month'] as const;
export type SelfServiceDimension = (typeof SELF_SERVICE_DIMENSIONS)[number];

/**
 * The hotline's callbacks whose call time lies in the period (by the Danish day of the call), and
 * how the finished ones ended. A call that ended "needs a visit" counts as a visit through the
 * phone triage the adviser made for it, not here.
 */
export interface CallbackCounts {
  /** Callbacks booked for a time in the period and not cancelled. */
  booked: number;
  solvedOnPhone: number;
  sentToSelfService: number;
  needsVisit: number;
  /** Not reached on either try. */
  noAnswer: number;
  /** Not finished yet: booked (a second try included) or in progress. */
  open: number;
}

export interface SelfServiceRow {
  /** Errand code, location ref, channel, ISO week (2026-W49) or month (2026-12); 'none' = no place. */
  key: string;
  label: string;
  triages: number;
  /** Ended in self-service and never came back "I could not do it myself". */
  selfService: number;
  /**
   * Ended in a visit, including those who tried self-service first; not those offered a callback
   * next to the visit who booked the callback (callbackInsteadOfVisit: the call decides).
   */
  visit: number;
  notYet: number;
  elsewhere: number;
  /** Told to do it themselves, came back "I could not", and booked a visit anyway. */
  triedThenBooked: number;
  /** Outcome `callback`: the rules chose a call instead of a visit (on neither side of the rate). */
  callback: number;
  /** Outcome visit with a callback offered, and the callback booked instead (on neither side). */
  callbackInsteadOfVisit: number;
  /** The callbacks called in the period (by the call's day; by=location: the hotline's place; by=channel: phone). */
  callbacks: CallbackCounts;
  /** Handled without a visit: selfService + callbacks solved on the phone or sent to self-service. */
  withoutVisit: number;
  /** withoutVisit / (withoutVisit + visit) in percent. */
  selfServiceRate: number | null;
}

export interface SelfServiceReport {
  period: StatsPeriod;
  by: SelfServiceDimension;
  targetPercent: number;
  total: SelfServiceRow;
  rows: SelfServiceRow[];
  /** Self-service links followed, per errand and option. */
  clicks: { errand: string; label: string; option: string; clicks: number }[];
}

export interface VisitRow {
  /** Errand code ('total' for the total row). */
  key: string;
  label: string;
  booked: number;
  walkIns: number;
  checkedIn: number;
  cancelledByCitizen: number;
  cancelledByMunicipality: number;
  noShows: number;
  /** noShows / (visits whose time has come and that were not cancelled), in percent. */
  noShowRate: number | null;
  completed: number;
  outcomes: { selfServedWithHelp: number; doneByAdviser: number; notResolved: number };
  /** Completed visits where the adviser judged "can do it alone next time". */
  canDoAlone: number;
  /** canDoAlone / completed, in percent: the co-service goal. */
  canDoAloneRate: number | null;
}

export interface VisitsReport {
  period: StatsPeriod;
  total: VisitRow;
  rows: VisitRow[];
}

export interface WaitingRow {
  location: string;
  label: string;
  day: string;
  /** Visits called that day (check-in → call measured). */
  calls: number;
  medianMinutes: number | null;
  p90Minutes: number | null;
}

export interface FirstFreeRow {
  errand: string;
  errandLabel: string;
  location: string;
  locationLabel: string;
  /** The day it was measured (one measurement per day, the first of the day). */
  day: string;
  /** Whole days from that day to the first free time; null when nothing was free in the horizon. */
  days: number | null;
}

/** The first free time measurements of one errand at one place over the period, summed up. */
export interface FirstFreeSummaryRow {
  errand: string;
  errandLabel: string;
  location: string;
  locationLabel: string;
  /** Days measured in the period. */
  measurements: number;
  /** The last day measured, and its days to the first free time (null: nothing free). */
  latestDay: string;
  latestDays: number | null;
  /** Over the days something was free: the average (one decimal) and the highest. */
  averageDays: number | null;
  maxDays: number | null;
  /** Days when nothing was free within the booking horizon. */
  nothingFree: number;
}

export interface WaitingReport {
  period: StatsPeriod;
  rows: WaitingRow[];
  /**
   * Every day's measurement — for periods of at most FIRST_FREE_DAYS_MAX_PERIOD (31) days, or
   * when asked for every day (the CSV); otherwise empty (a year is tens of thousands of rows):
   * firstFreeSummary holds the same numbers summed up.
   */
  firstFree: FirstFreeRow[];
  firstFreeSummary: FirstFreeSummaryRow[];
}

export interface CapacityRow {
  location: string;
  label: string;
  /** A hotline place: no stations (stationMinutes 0, stationUse null); booked minutes are calls. */
  hotline: boolean;
  day: string;
  /** Minutes the place's stations were open, summed over stations. */
  stationMinutes: number;
  /** Minutes of visits (not cancelled) on them; at a hotline place, of callbacks not cancelled. */
  bookedMinutes: number;
  stationUse: number | null;
  /** Minutes advisers worked there (working time minus absences and closures). */
  adviserMinutes: number;
  adviserUse: number | null;
}

export interface CapacityReport {
  period: StatsPeriod;
  rows: CapacityRow[];
}
