import type { Language } from '../common/i18n/localized.js';
import type { SelfServiceCounts } from './self-service.query.js';
import {
  CHANNELS,
  channelLabel,
  monthLabel,
  monthsOf,
  NO_PLACE,
  noPlaceLabel,
  TOTAL,
  totalLabel,
  weekLabel,
  weeksOf,
} from './stats-labels.js';
import { percent } from './stats-period.js';
import type { SelfServiceDimension, SelfServiceRow, StatsPeriod } from './stats.types.js';

export type IdLabels = Map<string, { code: string; da: string; en: string }>;

const ZERO: Omit<SelfServiceCounts, 'key'> = {
  triages: 0,
  selfService: 0,
  visit: 0,
  notYet: 0,
  elsewhere: 0,
  triedThenBooked: 0,
};

function row(key: string, label: string, counts: Omit<SelfServiceCounts, 'key'>): SelfServiceRow {
  const { triages, selfService, visit, notYet, elsewhere, triedThenBooked } = counts;
  return {
    key,
    label,
    triages,
    selfService,
    visit,
    notYet,
    elsewhere,
    triedThenBooked,
    selfServiceRate: percent(selfService, selfService + visit),
  };
}

function sum(rows: Omit<SelfServiceCounts, 'key'>[]): Omit<SelfServiceCounts, 'key'> {
  const total = { ...ZERO };
  for (const r of rows)
    for (const field of Object.keys(ZERO) as (keyof typeof ZERO)[]) total[field] += r[field];
  return total;
}

/** Keys every report lists even without triages (zeros drawn as zeros), in their order. */
function fixedKeys(by: SelfServiceDimension, period: StatsPeriod): string[] | undefined {
  if (by === 'channel') return [...CHANNELS];
  if (by === 'week') return weeksOf(period);
  if (by === 'month') return monthsOf(period);
  return undefined;
}

/**
 * The report's rows from the grouped counts: errands and places by code (most triages first),
 * channels always all three, weeks and months every one the period touches, in order.
 */
export function selfServiceRows(
  counts: SelfServiceCounts[],
  by: SelfServiceDimension,
  period: StatsPeriod,
  labels: IdLabels,
  language: Language,
): { total: SelfServiceRow; rows: SelfServiceRow[] } {
  const total = row(TOTAL, totalLabel(language), sum(counts));
  const fixed = fixedKeys(by, period);
  if (fixed) {
    const byKey = new Map(counts.map((c) => [c.key, c]));
    const label = (key: string) =>
      by === 'channel'
        ? channelLabel(key, language)
        : by === 'week'
          ? weekLabel(key, language)
          : monthLabel(key, language);
    return { total, rows: fixed.map((key) => row(key, label(key), byKey.get(key) ?? ZERO)) };
  }
  const rows = counts.map((c) => {
    if (c.key === NO_PLACE) return row(NO_PLACE, noPlaceLabel(language), c);
    const named = labels.get(c.key);
    return row(named?.code ?? c.key, named?.[language] ?? c.key, c);
  });
  rows.sort((a, b) => b.triages - a.triages || a.key.localeCompare(b.key));
  return { total, rows };
}
