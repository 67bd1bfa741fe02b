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

export interface SelfServiceRow {
  /** Errand code, location ref, channel, ISO week (2026-W49) or month (2026-12); 'none' = no place. */
  key: string;
  label: string;
  triages: number;
  /** Ended in self-service and never came back "I could not do it myself". */
  selfService: number;
  /** Ended in a visit, including those who tried self-service first. */
  visit: number;
  notYet: number;
  elsewhere: number;
  /** Told to do it themselves, came back "I could not", and booked a visit anyway. */
  triedThenBooked: number;
  /** selfService / (selfService + visit) in percent. */
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
  day: string;
  /** Minutes the place's stations were open, summed over stations. */
  stationMinutes: number;
  /** Minutes of visits (not cancelled) on them. */
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
