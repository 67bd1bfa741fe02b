import type { Language } from '../../../../common/i18n/localized.js';
import type { VisitRow, VisitsReport } from '../../../../stats/stats.types.js';
import { formatCount, formatPercent } from '../stats-format.js';
import { STATS_TEXTS } from '../stats.texts.js';
import { chartView, type ChartView, type TableView } from './stats-view.js';

export interface VisitsView {
  chart?: ChartView;
  table: TableView;
  outcomesChart?: ChartView;
  outcomes: TableView;
}

/** The rows, then the total row, each as the table's cells. */
function withTotal(report: VisitsReport, language: Language, cells: (row: VisitRow) => string[]) {
  if (report.rows.length === 0) return [];
  return [
    ...report.rows.map((row) => ({ head: row.label, cells: cells(row) })),
    { head: STATS_TEXTS[language].total, cells: cells(report.total), total: true },
  ];
}

/** Section 2: what happened to the visits, and what came of them, per errand. */
export function toVisitsView(report: VisitsReport, language: Language): VisitsView {
  const t = STATS_TEXTS[language];
  const count = (value: number) => formatCount(value, language);
  const labels = report.rows.map((row) => row.label);
  const series = (label: string, value: (row: VisitRow) => number) => ({
    label,
    values: report.rows.map(value),
  });
  const some = report.rows.length > 0;
  return {
    chart: some
      ? chartView('chart-visits', t.visitsChart, {
          kind: 'bar',
          labels,
          unit: 'count',
          series: [
            series(t.booked, (row) => row.booked),
            series(t.walkIns, (row) => row.walkIns),
            series(t.checkedIn, (row) => row.checkedIn),
            series(t.cancelledByCitizen, (row) => row.cancelledByCitizen),
            series(t.cancelledByMunicipality, (row) => row.cancelledByMunicipality),
            series(t.noShows, (row) => row.noShows),
          ],
        })
      : undefined,
    table: {
      id: 'table-visits',
      caption: t.visitsCaption,
      head: [
        t.errand,
        t.booked,
        t.walkIns,
        t.checkedIn,
        t.cancelledByCitizen,
        t.cancelledByMunicipality,
        t.noShows,
        t.noShowRate,
      ],
      rows: withTotal(report, language, (row) => [
        count(row.booked),
        count(row.walkIns),
        count(row.checkedIn),
        count(row.cancelledByCitizen),
        count(row.cancelledByMunicipality),
        count(row.noShows),
        formatPercent(row.noShowRate, language),
      ]),
      empty: t.none,
    },
    outcomesChart: some
      ? chartView('chart-outcomes', t.outcomesChart, {
          kind: 'bar',
          labels,
          unit: 'count',
          stacked: true,
          series: [
            series(t.selfServedWithHelp, (row) => row.outcomes.selfServedWithHelp),
            series(t.doneByAdviser, (row) => row.outcomes.doneByAdviser),
            series(t.notResolved, (row) => row.outcomes.notResolved),
          ],
        })
      : undefined,
    outcomes: {
      id: 'table-outcomes',
      caption: t.outcomesCaption,
      head: [
        t.errand,
        t.completed,
        t.selfServedWithHelp,
        t.doneByAdviser,
        t.notResolved,
        t.canDoAlone,
        t.canDoAloneRate,
      ],
      rows: withTotal(report, language, (row) => [
        count(row.completed),
        count(row.outcomes.selfServedWithHelp),
        count(row.outcomes.doneByAdviser),
        count(row.outcomes.notResolved),
        count(row.canDoAlone),
        formatPercent(row.canDoAloneRate, language),
      ]),
      empty: t.none,
    },
  };
}
