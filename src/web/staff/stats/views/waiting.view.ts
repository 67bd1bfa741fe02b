import type { Language } from '../../../../common/i18n/localized.js';
import type { FirstFreeRow, WaitingReport } from '../../../../stats/stats.types.js';
import { formatCount, formatDay, formatDecimal, formatMinutes, shortDay } from '../stats-format.js';
import { STATS_TEXTS } from '../stats.texts.js';
import { chartView, type ChartView, distinct, type TableView } from './stats-view.js';

export interface WaitingView {
  chart?: ChartView;
  table: TableView;
  firstFree: TableView;
}

/** One errand at one place over the period: its days' measurements, latest last. */
interface FirstFreeSummary {
  errand: string;
  location: string;
  rows: FirstFreeRow[];
}

function byErrandAndPlace(rows: FirstFreeRow[]): FirstFreeSummary[] {
  const groups = new Map<string, FirstFreeSummary>();
  for (const row of rows) {
    const key = `${row.errand}\u0000${row.location}`;
    const group = groups.get(key) ?? { errand: row.errandLabel, location: row.locationLabel, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  for (const group of groups.values()) group.rows.sort((a, b) => a.day.localeCompare(b.day));
  return [...groups.values()];
}

/**
 * A day a month may hold a figure per errand and place: the table sums each pair up (latest,
 * average, highest, days with nothing free); the CSV has every day.
 */
function firstFreeCells(group: FirstFreeSummary, language: Language): string[] {
  const t = STATS_TEXTS[language];
  const measured = group.rows.map((row) => row.days).filter((days): days is number => days !== null);
  const latest = group.rows[group.rows.length - 1].days;
  const days = (value: number | null) => (value === null ? '–' : t.days(formatDecimal(value, language)));
  const whole = (value: number | null) => (value === null ? '–' : t.days(formatCount(value, language)));
  return [
    group.location,
    whole(latest),
    days(measured.length === 0 ? null : measured.reduce((a, b) => a + b, 0) / measured.length),
    whole(measured.length === 0 ? null : Math.max(...measured)),
    formatCount(group.rows.length - measured.length, language),
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
      rows: byErrandAndPlace(report.firstFree).map((group) => ({
        head: group.errand,
        cells: firstFreeCells(group, language),
      })),
      empty: t.none,
    },
  };
}
