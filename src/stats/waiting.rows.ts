import type { Language } from '../common/i18n/localized.js';
import type { WaitingReport } from './stats.types.js';
import type { FirstFreeCount, FirstFreeSummaryCount, WaitCounts } from './waiting.query.js';

export function waitingRows(
  waits: WaitCounts[],
  firstFree: FirstFreeCount[],
  summary: FirstFreeSummaryCount[],
  language: Language,
): Omit<WaitingReport, 'period'> {
  const errandLabel = (row: { errand_da: string; errand_en: string }) =>
    language === 'da' ? row.errand_da : row.errand_en;
  return {
    rows: waits.map((w) => ({
      location: w.location,
      label: w.name,
      day: w.day,
      calls: w.calls,
      medianMinutes: w.median,
      p90Minutes: w.p90,
    })),
    firstFree: firstFree.map((f) => ({
      errand: f.errand,
      errandLabel: errandLabel(f),
      location: f.location,
      locationLabel: f.location_name,
      day: f.day,
      days: f.days,
    })),
    firstFreeSummary: summary.map((s) => ({
      errand: s.errand,
      errandLabel: errandLabel(s),
      location: s.location,
      locationLabel: s.location_name,
      measurements: s.measurements,
      latestDay: s.latest_day,
      latestDays: s.latest_days,
      averageDays: s.average,
      maxDays: s.max,
      nothingFree: s.nothing_free,
    })),
  };
}
