import { ApiProperty } from '@nestjs/swagger';
import { IsLocalDate } from '../common/validation/local-date-time.js';
import { IsOneOf } from '../common/validation/one-of.js';
import { WAITING_TABLES, type WaitingTable } from './stats.csv.js';
import {
  type CallbackCounts,
  type CapacityReport,
  type CapacityRow,
  type FirstFreeRow,
  type FirstFreeSummaryRow,
  SELF_SERVICE_DIMENSIONS,
  type SelfServiceDimension,
  type SelfServiceReport,
  type SelfServiceRow,
  type StatsPeriod,
  type VisitRow,
  type VisitsReport,
  type WaitingReport,
  type WaitingRow,
} from './stats.types.js';

export class StatsQuery {
  @IsLocalDate({
    optional: true,
    example: '2026-11-01',
    description: 'First Danish day (default: 30 days before `to`).',
  })
  from?: string;

  @IsLocalDate({
    optional: true,
    example: '2026-11-30',
    description: 'Last Danish day, included (default today; at most 400 days from `from`).',
  })
  to?: string;
}

export class SelfServiceQuery extends StatsQuery {
  @IsOneOf(SELF_SERVICE_DIMENSIONS, { optional: true, description: 'What the rows are (default errand).' })
  by?: SelfServiceDimension;
}

export class WaitingCsvQuery extends StatsQuery {
  @IsOneOf(WAITING_TABLES, {
    optional: true,
    description: '`waits` (default): check-in to call; `first-free`: days to the first free time.',
  })
  table?: WaitingTable;
}

export class StatsPeriodResponse implements StatsPeriod {
  @ApiProperty({ format: 'date', example: '2026-11-01' })
  from: string;

  @ApiProperty({ format: 'date', example: '2026-11-30' })
  to: string;
}

const RATE = {
  type: Number,
  nullable: true,
  description: 'Percent, one decimal; null when nothing to divide by.',
};

export class CallbackCountsResponse implements CallbackCounts {
  @ApiProperty({ description: 'Callbacks booked for a call time in the period, not cancelled.' })
  booked: number;

  @ApiProperty({ description: 'Calls that ended "solved on the phone" (handled without a visit).' })
  solvedOnPhone: number;

  @ApiProperty({
    description: 'Calls that ended "sent to self-service" with guidance (handled without a visit).',
  })
  sentToSelfService: number;

  @ApiProperty({
    description: 'Calls that ended "needs a visit": counted as a visit through the phone triage made for it.',
  })
  needsVisit: number;

  @ApiProperty({ description: 'Not reached on either try.' })
  noAnswer: number;

  @ApiProperty({ description: 'Not finished yet: booked (a second try included) or in progress.' })
  open: number;
}

export class SelfServiceRowResponse implements SelfServiceRow {
  @ApiProperty({
    example: 'KK_FORNY',
    description: 'Errand code, place code, channel, 2026-W49, 2026-12, none, total.',
  })
  key: string;

  @ApiProperty({ example: 'Kørekort, fornyelse' })
  label: string;

  @ApiProperty()
  triages: number;

  @ApiProperty({ description: 'Self-service, and never came back "I could not do it myself".' })
  selfService: number;

  @ApiProperty({
    description:
      'Outcome visit, plus self-service triages that came back "I could not"; not visit triages that booked the callback offered instead.',
  })
  visit: number;

  @ApiProperty()
  notYet: number;

  @ApiProperty()
  elsewhere: number;

  @ApiProperty({ description: 'Came back "I could not do it myself" and booked a visit.' })
  triedThenBooked: number;

  @ApiProperty({ description: 'Outcome callback: a call instead of a visit (on neither side of the rate).' })
  callback: number;

  @ApiProperty({
    description:
      'Outcome visit with a callback offered next to it, and the callback booked (the call decides).',
  })
  callbackInsteadOfVisit: number;

  @ApiProperty({
    type: CallbackCountsResponse,
    description:
      "Callbacks by the Danish day of the call; by=location at the hotline's place, by=channel under phone.",
  })
  callbacks: CallbackCountsResponse;

  @ApiProperty({
    description:
      'Handled without a visit: selfService + callbacks.solvedOnPhone + callbacks.sentToSelfService.',
  })
  withoutVisit: number;

  @ApiProperty({ ...RATE, description: 'withoutVisit / (withoutVisit + visit), percent.' })
  selfServiceRate: number | null;
}

export class SelfServiceClickResponse {
  @ApiProperty({ example: 'KK_FORNY' })
  errand: string;

  @ApiProperty({ example: 'Kørekort, fornyelse: Forny på borger.dk' })
  label: string;

  @ApiProperty({ example: 'borger_dk' })
  option: string;

  @ApiProperty()
  clicks: number;
}

export class SelfServiceReportResponse implements SelfServiceReport {
  @ApiProperty({ type: StatsPeriodResponse })
  period: StatsPeriodResponse;

  @ApiProperty({ enum: SELF_SERVICE_DIMENSIONS })
  by: SelfServiceDimension;

  @ApiProperty({ example: 50, description: 'SELF_SERVICE_TARGET_PERCENT.' })
  targetPercent: number;

  @ApiProperty({ type: SelfServiceRowResponse })
  total: SelfServiceRowResponse;

  @ApiProperty({ type: [SelfServiceRowResponse] })
  rows: SelfServiceRowResponse[];

  @ApiProperty({ type: [SelfServiceClickResponse] })
  clicks: SelfServiceClickResponse[];
}

export class VisitOutcomesResponse {
  @ApiProperty()
  selfServedWithHelp: number;

  @ApiProperty()
  doneByAdviser: number;

  @ApiProperty()
  notResolved: number;
}

export class VisitRowResponse implements VisitRow {
  @ApiProperty({ example: 'PAS_VOKSEN', description: 'Errand code, or total.' })
  key: string;

  @ApiProperty()
  label: string;

  @ApiProperty({ description: 'Booked ahead (online or by reception for the citizen), walk-ins apart.' })
  booked: number;

  @ApiProperty()
  walkIns: number;

  @ApiProperty()
  checkedIn: number;

  @ApiProperty()
  cancelledByCitizen: number;

  @ApiProperty()
  cancelledByMunicipality: number;

  @ApiProperty()
  noShows: number;

  @ApiProperty({ ...RATE, description: 'noShows / visits not cancelled whose time has come, percent.' })
  noShowRate: number | null;

  @ApiProperty()
  completed: number;

  @ApiProperty({ type: VisitOutcomesResponse })
  outcomes: VisitOutcomesResponse;

  @ApiProperty()
  canDoAlone: number;

  @ApiProperty({ ...RATE, description: 'canDoAlone / completed, percent.' })
  canDoAloneRate: number | null;
}

export class VisitsReportResponse implements VisitsReport {
  @ApiProperty({ type: StatsPeriodResponse })
  period: StatsPeriodResponse;

  @ApiProperty({ type: VisitRowResponse })
  total: VisitRowResponse;

  @ApiProperty({ type: [VisitRowResponse] })
  rows: VisitRowResponse[];
}

export class WaitingRowResponse implements WaitingRow {
  @ApiProperty({ example: 'EBELTOFT' })
  location: string;

  @ApiProperty()
  label: string;

  @ApiProperty({ format: 'date' })
  day: string;

  @ApiProperty()
  calls: number;

  @ApiProperty({ type: Number, nullable: true })
  medianMinutes: number | null;

  @ApiProperty({ type: Number, nullable: true })
  p90Minutes: number | null;
}

export class FirstFreeRowResponse implements FirstFreeRow {
  @ApiProperty()
  errand: string;

  @ApiProperty()
  errandLabel: string;

  @ApiProperty()
  location: string;

  @ApiProperty()
  locationLabel: string;

  @ApiProperty({ format: 'date', description: 'The Danish day it was measured.' })
  day: string;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'null: nothing free within the booking horizon.',
  })
  days: number | null;
}

export class FirstFreeSummaryRowResponse implements FirstFreeSummaryRow {
  @ApiProperty()
  errand: string;

  @ApiProperty()
  errandLabel: string;

  @ApiProperty()
  location: string;

  @ApiProperty()
  locationLabel: string;

  @ApiProperty({ description: 'Days measured in the period.' })
  measurements: number;

  @ApiProperty({ format: 'date' })
  latestDay: string;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'null: nothing free within the booking horizon.',
  })
  latestDays: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Over the days something was free, one decimal.',
  })
  averageDays: number | null;

  @ApiProperty({ type: Number, nullable: true })
  maxDays: number | null;

  @ApiProperty({ description: 'Days with nothing free within the booking horizon.' })
  nothingFree: number;
}

export class WaitingReportResponse implements WaitingReport {
  @ApiProperty({ type: StatsPeriodResponse })
  period: StatsPeriodResponse;

  @ApiProperty({ type: [WaitingRowResponse] })
  rows: WaitingRowResponse[];

  @ApiProperty({ type: [FirstFreeRowResponse], description: 'Every day, for periods of at most 31 days.' })
  firstFree: FirstFreeRowResponse[];

  @ApiProperty({ type: [FirstFreeSummaryRowResponse], description: 'Always present.' })
  firstFreeSummary: FirstFreeSummaryRowResponse[];
}

export class CapacityRowResponse implements CapacityRow {
  @ApiProperty()
  location: string;

  @ApiProperty()
  label: string;

  @ApiProperty({
    description:
      'A hotline place: no stations (stationMinutes 0, stationUse null); its booked minutes are calls.',
  })
  hotline: boolean;

  @ApiProperty({ format: 'date' })
  day: string;

  @ApiProperty({ description: 'Open minutes × active stations.' })
  stationMinutes: number;

  @ApiProperty({
    description: 'Minutes of visits not cancelled; at a hotline place, of callbacks not cancelled.',
  })
  bookedMinutes: number;

  @ApiProperty(RATE)
  stationUse: number | null;

  @ApiProperty({ description: 'Working time of active advisers there, minus absences and closures.' })
  adviserMinutes: number;

  @ApiProperty(RATE)
  adviserUse: number | null;
}

export class CapacityReportResponse implements CapacityReport {
  @ApiProperty({ type: StatsPeriodResponse })
  period: StatsPeriodResponse;

  @ApiProperty({ type: [CapacityRowResponse] })
  rows: CapacityRowResponse[];
}
