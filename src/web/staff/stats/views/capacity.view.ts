import type { Language } from '../../../../common/i18n/localized.js';
import type { CapacityReport, CapacityRow } from '../../../../stats/stats.types.js';
import { formatDay, formatHours, formatPercent, shortDay } from '../stats-format.js';
import { STATS_TEXTS } from '../stats.texts.js';
import { type ChartSeries, chartView, type ChartView, distinct, type TableView } from './stats-view.js';

export interface CapacityView {
  chart?: ChartView;
  table: TableView;
}

/** Per place: station use as a solid line, adviser use dashed, one point per day. */
function capacitySeries(rows: CapacityRow[], days: string[], language: Language): ChartSeries[] {
  const t = STATS_TEXTS[language];
  return distinct(rows, (row) => row.location).flatMap((place) => {
    const own = rows.filter((row) => row.location === place);
    const on = (day: string) => own.find((row) => row.day === day);
    return [
      { label: `${own[0].label}: ${t.stationUse}`, values: days.map((day) => on(day)?.stationUse ?? null) },
      {
        label: `${own[0].label}: ${t.adviserUse}`,
        values: days.map((day) => on(day)?.adviserUse ?? null),
        dashed: true,
      },
    ];
  });
}

/** Section 4: how much of the stations' and advisers' time the visits took, per place and day. */
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
        head: row.label,
        cells: [
          formatDay(row.day, language),
          formatHours(row.stationMinutes, language),
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
