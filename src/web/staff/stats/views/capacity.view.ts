import type { Language } from '../../../../common/i18n/localized.js';
import type { CapacityReport, CapacityRow } from '../../../../stats/stats.types.js';
import { DASH, formatDay, formatHours, formatPercent, shortDay } from '../stats-format.js';
import { STATS_TEXTS } from '../stats.texts.js';
import { type ChartSeries, chartView, type ChartView, distinct, type TableView } from './stats-view.js';

export interface CapacityView {
  chart?: ChartView;
  table: TableView;
}

/** "Borgerservice Hotline (opkald)": a hotline place has no stations, its bookings are calls. */
function placeLabel(row: CapacityRow, language: Language): string {
  return row.hotline ? STATS_TEXTS[language].hotlinePlace(row.label) : row.label;
}

/**
 * Per place: station use as a solid line, adviser use dashed, one point per day; a hotline place
 * only its advisers' use (calls), having no stations.
 */
function capacitySeries(rows: CapacityRow[], days: string[], language: Language): ChartSeries[] {
  const t = STATS_TEXTS[language];
  return distinct(rows, (row) => row.location).flatMap((place) => {
    const own = rows.filter((row) => row.location === place);
    const on = (day: string) => own.find((row) => row.day === day);
    const label = placeLabel(own[0], language);
    const adviserUse: ChartSeries = {
      label: `${label}: ${t.adviserUse}`,
      values: days.map((day) => on(day)?.adviserUse ?? null),
      dashed: true,
    };
    if (own[0].hotline) return [adviserUse];
    return [
      { label: `${label}: ${t.stationUse}`, values: days.map((day) => on(day)?.stationUse ?? null) },
      adviserUse,
    ];
  });
}

/**
 * Section 4: how much of the stations' and advisers' time the visits took, per place and day; at
 * the hotline, how much of its advisers' time the calls took (no stations: a dash).
 */
export function toCapacityView(report: CapacityReport, language: Language): CapacityView {
  const t = STATS_TEXTS[language];
  const days = distinct(report.rows, (row) => row.day).sort();
  return {
    chart:
      report.rows.length === 0
        ? undefined
        : chartView('chart-capacity', t.capacityChart, {
            kind: 'line',
            labels: days.map((day) => shortDay(day, language)),
            unit: 'percent',
            series: capacitySeries(report.rows, days, language),
          }),
    table: {
      id: 'table-capacity',
      leading: 1,
      caption: t.capacityCaption,
      head: [t.place, t.day, t.stationHours, t.bookedHours, t.stationUse, t.adviserHours, t.adviserUse],
      rows: report.rows.map((row) => ({
        head: placeLabel(row, language),
        cells: [
          formatDay(row.day, language),
          row.hotline ? DASH : formatHours(row.stationMinutes, language),
          formatHours(row.bookedMinutes, language),
          formatPercent(row.stationUse, language),
          formatHours(row.adviserMinutes, language),
          formatPercent(row.adviserUse, language),
        ],
      })),
      empty: t.none,
    },
  };
}
