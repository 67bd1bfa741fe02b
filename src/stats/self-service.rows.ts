import type { Language } from '../common/i18n/localized.js';
import type { CallbackGroupCounts, SelfServiceCounts } from './self-service.query.js';
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
import type { CallbackCounts, SelfServiceDimension, SelfServiceRow, StatsPeriod } from './stats.types.js';

export type IdLabels = Map<string, { code: string; da: string; en: string }>;

type TriageCounts = Omit<SelfServiceCounts, 'key'>;
type GroupCounts = TriageCounts & { callbacks: CallbackCounts };

const ZERO: TriageCounts = {
  triages: 0,
  selfService: 0,
  visit: 0,
  notYet: 0,
  elsewhere: 0,
  triedThenBooked: 0,
  callback: 0,
  callbackInsteadOfVisit: 0,
};
const NO_CALLS: CallbackCounts = {
  booked: 0,
  solvedOnPhone: 0,
  sentToSelfService: 0,
  needsVisit: 0,
  noAnswer: 0,
  open: 0,
};

/**
 * Handled without a visit: self-service, and callbacks that ended on the phone (solved, or guided
 * to self-service). A callback that needs a visit is a visit through its phone triage; one not
 * answered is on neither side.
 */
function row(key: string, label: string, counts: GroupCounts): SelfServiceRow {
  const { callbacks, selfService, visit } = counts;
  const withoutVisit = selfService + callbacks.solvedOnPhone + callbacks.sentToSelfService;
  return {
    key,
    label,
    triages: counts.triages,
    selfService,
    visit,
    notYet: counts.notYet,
    elsewhere: counts.elsewhere,
    triedThenBooked: counts.triedThenBooked,
    callback: counts.callback,
    callbackInsteadOfVisit: counts.callbackInsteadOfVisit,
    callbacks: { ...callbacks },
    withoutVisit,
    selfServiceRate: percent(withoutVisit, withoutVisit + visit),
  };
}

function sum(groups: GroupCounts[]): GroupCounts {
  const total = { ...ZERO, callbacks: { ...NO_CALLS } };
  for (const group of groups) {
    for (const field of Object.keys(ZERO) as (keyof TriageCounts)[]) total[field] += group[field];
    for (const field of Object.keys(NO_CALLS) as (keyof CallbackCounts)[])
      total.callbacks[field] += group.callbacks[field];
  }
  return total;
}

/** The triages' and the callbacks' counts side by side, per key (either may be missing). */
function merge(counts: SelfServiceCounts[], calls: CallbackGroupCounts[]): Map<string, GroupCounts> {
  const groups = new Map<string, GroupCounts>();
  const group = (key: string) => {
    let found = groups.get(key);
    if (!found) groups.set(key, (found = { ...ZERO, callbacks: { ...NO_CALLS } }));
    return found;
  };
  for (const { key, ...triages } of counts) Object.assign(group(key), triages);
  for (const { key, ...callbacks } of calls) group(key).callbacks = { ...callbacks };
  return groups;
}

/** Keys every report lists even without triages (zeros drawn as zeros), in their order. */
function fixedKeys(by: SelfServiceDimension, period: StatsPeriod): string[] | undefined {
  if (by === 'channel') return [...CHANNELS];
  if (by === 'week') return weeksOf(period);
  if (by === 'month') return monthsOf(period);
  return undefined;
}

/**
 * The report's rows from the grouped counts: errands and places by code (most triages first, then
 * most callbacks), channels always all three, weeks and months every one the period touches, in order.
 */
export function selfServiceRows(
  counts: SelfServiceCounts[],
  calls: CallbackGroupCounts[],
  by: SelfServiceDimension,
  period: StatsPeriod,
  labels: IdLabels,
  language: Language,
): { total: SelfServiceRow; rows: SelfServiceRow[] } {
  const groups = merge(counts, calls);
  const total = row(TOTAL, totalLabel(language), sum([...groups.values()]));
  const fixed = fixedKeys(by, period);
  if (fixed) {
    const label = (key: string) =>
      by === 'channel'
        ? channelLabel(key, language)
        : by === 'week'
          ? weekLabel(key, language)
          : monthLabel(key, language);
    const none = { ...ZERO, callbacks: NO_CALLS };
    return { total, rows: fixed.map((key) => row(key, label(key), groups.get(key) ?? none)) };
  }
  const rows = [...groups].map(([key, group]) => {
    if (key === NO_PLACE) return row(NO_PLACE, noPlaceLabel(language), group);
    const named = labels.get(key);
    return row(named?.code ?? key, named?.[language] ?? key, group);
  });
  rows.sort(
    (a, b) => b.triages - a.triages || b.callbacks.booked - a.callbacks.booked || a.key.localeCompare(b.key),
  );
  return { total, rows };
}
