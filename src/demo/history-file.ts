import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Type } from 'class-transformer';
import { ArrayMinSize, IsArray, IsInt, IsNumber, IsString, Max, Min, ValidateNested } from 'class-validator';
import { DateTime } from 'luxon';
import { IsCode, IsLocationRef } from '../common/validation/codes.js';
import type { TriageDayCount } from '../errands/triage-days.writer.js';
import type { LocalDate } from './schedule.types.js';
import { validateAs } from './validate-as.js';

/** Beside this module both in src (Jest) and in dist (the build copies data/ there). */
const HISTORY_FILE = fileURLToPath(new URL('./data/history.json', import.meta.url));
const ZONE = 'Europe/Copenhagen';

/** A share between 0 and 1. */
function Share(): PropertyDecorator {
  return (target, property) => {
    for (const decorate of [IsNumber(), Min(0), Max(1)]) decorate(target, property);
  };
}

export class HistoryErrand {
  @IsCode()
  errand: string;

  @IsInt()
  @Min(1)
  @Max(1000)
  perDay: number;

  /** Of the errand's triages, the share made at the reception desk (the rest online). */
  @Share()
  reception: number;

  @Share()
  selfService: number;

  @Share()
  notYet: number;

  @Share()
  elsewhere: number;

  /** Of the self-service triages, the share who came back "I could not do it myself". */
  @Share()
  tried: number;
}

export class HistoryFile {
  @IsString()
  note: string;

  @IsInt()
  @Min(1)
  @Max(400)
  days: number;

  @IsLocationRef()
  receptionPlace: string;

  @Share()
  weekendFactor: number;

  @IsNumber()
  @Min(0)
  @Max(0.1)
  selfServiceGrowth: number;

  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => HistoryErrand)
  errands: HistoryErrand[];
}

/** How many of `n` triages of one channel end in each outcome that day. */
function outcomes(
  n: number,
  errand: HistoryErrand,
  selfShare: number,
): [TriageDayCount['outcome'], number][] {
  const selfService = Math.round(n * selfShare);
  const notYet = Math.round(n * errand.notYet);
  const elsewhere = Math.min(Math.round(n * errand.elsewhere), n - selfService - notYet);
  return [
    ['self_service', selfService],
    ['not_yet', notYet],
    ['elsewhere', Math.max(elsewhere, 0)],
    ['visit', Math.max(n - selfService - notYet - Math.max(elsewhere, 0), 0)],
  ];
}

/** One errand's counts on one day (`index` 0 = the first day of the history). */
function dayCounts(file: HistoryFile, errand: HistoryErrand, day: DateTime, index: number, salt: number) {
  const weekend = day.weekday >= 6;
  // A fixed wave instead of randomness: the same file always gives the same numbers.
  const wave = 1 + 0.15 * Math.sin(index * 1.3 + salt);
  const total = Math.round(errand.perDay * (weekend ? file.weekendFactor : 1) * wave);
  const atDesk = weekend ? 0 : Math.round(total * errand.reception);
  const selfShare = Math.min(0.95, errand.selfService + file.selfServiceGrowth * Math.floor(index / 7));
  const rows: TriageDayCount[] = [];
  for (const [source, n] of [
    ['online', total - atDesk],
    ['reception', atDesk],
  ] as const) {
    for (const [outcome, triages] of outcomes(n, errand, selfShare)) {
      if (triages === 0) continue;
      rows.push({
        day: day.toISODate()!,
        errand: errand.errand,
        source,
        location: source === 'reception' ? file.receptionPlace : null,
        outcome,
        triages,
        selfServiceTried: outcome === 'self_service' ? Math.round(triages * errand.tried) : 0,
      });
    }
  }
  return rows;
}

/** The counts for the `file.days` days before `today` (a local date in Europe/Copenhagen). Pure. */
export function resolveDemoHistory(data: unknown, today: LocalDate): TriageDayCount[] {
  const file = validateAs(HistoryFile, data, 'history.json');
  const first = DateTime.fromISO(today, { zone: ZONE }).minus({ days: file.days });
  return file.errands.flatMap((errand, salt) =>
    Array.from({ length: file.days }, (_, index) =>
      dayCounts(file, errand, first.plus({ days: index }), index, salt),
    ).flat(),
  );
}

export function readDemoHistory(today: LocalDate): TriageDayCount[] {
  return resolveDemoHistory(JSON.parse(readFileSync(HISTORY_FILE, 'utf8')), today);
}
