import type { Language } from '../../../../common/i18n/localized.js';
import type { FirstFreeSummaryRow, WaitingReport } from '../../../../stats/stats.types.js';
import { formatCount, formatDay, formatDecimal, formatMinutes, shortDay } from '../stats-format.js';
import { STATS_TEXTS } from '../stats.texts.js';
import { chartView, type ChartView, distinct, type TableView } from './stats-view.js';

export interface WaitingView {
  chart?: ChartView;
  table: TableView;
  firstFree: TableView;
}

/**
 * The table sums up each errand and place over the period (latest, average, highest, days with
 * nothing free), as the stats service reads it; the CSV has every day.
 */
function firstFreeCells(row: FirstFreeSummaryRow, language: Language): string[] {
  const t = STATS_TEXTS[language];
  const days = (value: number | null) => (value === null ? '–' : t.days(formatDecimal(value, language)));
  const whole = (value: number | null) =>
    value === null ? '–' : t.days(formatCount(value, language), value === 1);
  return [
    row.locationLabel,
    whole(row.latestDays),
    days(row.averageDays),
    whole(row.maxDays),
    formatCount(row.nothingFree, language),
  ];
}

/** Section 3: check-in → call per place and day, and how far ahead the first free time was. */
export function toWaitingView(report: WaitingReport, language: Language): WaitingView {
  const t = STATS_TEXTS[language];
  const days = distinct(report.rows, (row) => row.day).sort();
  const places = distinct(report.rows, (row) => row.location);
  return {
    chart:
      report.rows.length === 0
        ? undefined
        : chartView('chart-waiting', t.waitingChart, {
            kind: 'line',
            labels: days.map((day) => shortDay(day, language)),
            unit: 'minutes',
            series: places.map((place) => {
              const rows = report.rows.filter((row) => row.location === place);
              return {
                label: rows[0].label,
                values: days.map((day) => rows.find((row) => row.day === day)?.medianMinutes ?? null),
              };
            }),
          }),
    table: {
      id: 'table-waiting',
      leading: 1,
      caption: t.waitingCaption,
      head: [t.place, t.day, t.calls, t.median, t.p90],
      rows: report.rows.map((row) => ({
        head: row.label,
        cells: [
          formatDay(row.day, language),
          formatCount(row.calls, language),
          formatMinutes(row.medianMinutes, language),
          formatMinutes(row.p90Minutes, language),
        ],
      })),
      empty: t.none,
    },
    firstFree: {
      id: 'table-first-free',
      leading: 1,
      caption: t.firstFreeCaption,
      head: [t.errand, t.place, t.latest, t.average, t.highest, t.noneFree],
      rows: report.firstFreeSummary.map((row) => ({
        head: row.errandLabel,
        cells: firstFreeCells(row, language),
      })),
      empty: t.none,
    },
  };
}
