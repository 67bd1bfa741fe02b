import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { IsBoolean, IsObject, IsOptional, IsString, Matches } from 'class-validator';
import { VISIT_OUTCOMES, type VisitOutcome } from '../bookings/entities/booking.entity.js';
import { IsCode, IsLocationRef } from '../common/validation/codes.js';
import { IsLocalTime } from '../common/validation/local-date-time.js';
import { IsOneOf } from '../common/validation/one-of.js';
import { IsEmailAddress, PersonName } from '../common/validation/text.js';
import { resolveDate } from './schedule-dates.js';
import { fail, list } from './schedule-shape.js';
import type { LocalDate } from './schedule.types.js';
import { validateAs } from './validate-as.js';

/** Beside this module both in src (Jest) and in dist (the build copies data/ there). */
const VISITS_FILE = fileURLToPath(new URL('./data/visits.json', import.meta.url));

/** How far a visit of today has got when the demo loads. */
export const DEMO_STATUSES = ['checked_in', 'called', 'in_progress', 'completed', 'no_show'] as const;
export type DemoStatus = (typeof DEMO_STATUSES)[number];

/** One entry of data/visits.json, checked like a request body. */
export class DemoVisitEntry {
  @IsString()
  day: string;

  @IsLocalTime()
  time: string;

  @IsLocationRef()
  location: string;

  /** The adviser's e-mail; without it, the first adviser free then who handles the errand. */
  @IsEmailAddress({ optional: true })
  adviser?: string;

  @IsCode()
  errand: string;

  @IsOptional()
  @IsObject()
  answers?: Record<string, unknown>;

  @PersonName({ min: 1, max: 100 })
  name: string;

  /** The number the hotline calls: makes the entry a callback (at a hotline place, no status). */
  @IsOptional()
  @Matches(/^\d{2} \d{2} \d{2} \d{2}$/, { message: 'phone must be 8 digits in pairs, e.g. "20 30 40 50"' })
  phone?: string;

  @IsOneOf(DEMO_STATUSES, { optional: true })
  status?: DemoStatus;

  @IsOneOf(VISIT_OUTCOMES, { optional: true })
  outcome?: VisitOutcome;

  @IsOptional()
  @IsBoolean()
  canDoAloneNextTime?: boolean;
}

/** A demo visit resolved for the day the demo is loaded. */
export interface DemoVisit extends Omit<DemoVisitEntry, 'day' | 'answers'> {
  date: LocalDate;
  answers: Record<string, unknown>;
}

/** The rules between fields that a DTO cannot say. */
function checkStatus(visit: DemoVisit, today: LocalDate, where: string): void {
  if (visit.status && visit.date !== today)
    fail(where, `a status is only for today's visits (this one is on ${visit.date})`);
  if (visit.phone && visit.status)
    fail(where, 'a callback (with a phone) has no status: the hotline works it on its page');
  const completed = visit.status === 'completed';
  if (completed !== (visit.outcome !== undefined) || completed !== (visit.canDoAloneNextTime !== undefined))
    fail(where, 'outcome and canDoAloneNextTime go with status "completed", and it needs both');
}

/**
 * The demo's visits for `today` (a local date in Europe/Copenhagen): `day` is "today" or
 * "today+N" (any date expression of schedule.json without named dates). Pure apart from the file.
 */
export function resolveDemoVisits(data: unknown, today: LocalDate): DemoVisit[] {
  const file = data as { visits?: unknown } | null;
  const context = { today, closedEveryYear: [], dates: new Map<string, LocalDate>() };
  return list(file?.visits, 'visits').map((entry, index) => {
    const where = `visits[${index}]`;
    const { day, answers, ...fields } = validateAs(DemoVisitEntry, entry, where);
    const visit: DemoVisit = {
      ...fields,
      date: resolveDate(day, context, `${where}.day`),
      answers: answers ?? {},
    };
    checkStatus(visit, today, where);
    return visit;
  });
}

export function readDemoVisits(today: LocalDate, file: string = VISITS_FILE): DemoVisit[] {
  try {
    return resolveDemoVisits(JSON.parse(readFileSync(file, 'utf8')), today);
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
  }
}
