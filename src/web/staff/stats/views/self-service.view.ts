import type { Language } from '../../../../common/i18n/localized.js';
import type { SelfServiceReport, SelfServiceRow } from '../../../../stats/stats.types.js';
import { formatCount, formatPercent, formatTarget } from '../stats-format.js';
import { STATS_TEXTS } from '../stats.texts.js';
import { chartView, type ChartView, type TableRowView, type TableView } from './stats-view.js';

export interface SelfServiceView {
  /** "42,1 %", or a dash when nobody was triaged. */
  rate: string;
  /** "mål 50 %". */
  target: string;
  /** The design system's alert kind and its words: met, missed, or nothing to measure yet. */
  status: { kind: 'success' | 'warning' | 'info'; text: string };
  triedThenBooked: string;
  /** "Opkald fra hotlinen i perioden: 12, heraf 3 endnu ikke afsluttet"; none without callbacks. */
  callbacks?: string;
  chart?: ChartView;
  table: TableView;
  clicks: TableView;
}

function status(report: SelfServiceReport, language: Language): SelfServiceView['status'] {
  const t = STATS_TEXTS[language];
  const rate = report.total.selfServiceRate;
  if (rate === null) return { kind: 'info', text: t.noRate };
  return rate >= report.targetPercent
    ? { kind: 'success', text: t.targetMet }
    : { kind: 'warning', text: t.targetMissed };
}

function tableRow(row: SelfServiceRow, head: string, language: Language, total = false): TableRowView {
  const count = (value: number) => formatCount(value, language);
  return {
    head,
    total,
    cells: [
      count(row.triages),
      count(row.selfService),
      count(row.visit),
      count(row.notYet),
      count(row.elsewhere),
      count(row.triedThenBooked),
      count(row.callbacks.solvedOnPhone),
      count(row.callbacks.sentToSelfService),
      count(row.callbacks.needsVisit),
      count(row.callbacks.noAnswer),
      formatPercent(row.selfServiceRate, language),
    ],
  };
}

/**
 * Section 1: the rate against the target, a chart per chosen dimension, the table (with how the
 * hotline's calls ended) and the clicks.
 */
export function toSelfServiceView(report: SelfServiceReport, language: Language): SelfServiceView {
  const t = STATS_TEXTS[language];
  const by = t.dimensions[report.by];
  const labels = report.rows.map((row) => row.label);
  return {
    rate: formatPercent(report.total.selfServiceRate, language),
    target: t.target(formatTarget(report.targetPercent, language)),
    status: status(report, language),
    triedThenBooked: formatCount(report.total.triedThenBooked, language),
    callbacks:
      report.total.callbacks.booked === 0
        ? undefined
        : t.callbacksLine(
            formatCount(report.total.callbacks.booked, language),
            formatCount(report.total.callbacks.open, language),
          ),
    chart:
      report.rows.length === 0
        ? undefined
        : chartView('chart-self-service', t.selfServiceChart(by), {
            kind: 'bar',
            labels,
            unit: 'percent',
            series: [
              { label: t.rate, values: report.rows.map((row) => row.selfServiceRate) },
              { label: t.targetLine, values: report.rows.map(() => report.targetPercent), line: true },
            ],
          }),
    table: {
      id: 'table-self-service',
      caption: t.selfServiceCaption(by),
      head: [
        by,
        t.triages,
        t.selfService,
        t.visit,
        t.notYet,
        t.elsewhere,
        t.triedThenBooked,
        t.solvedOnPhone,
        t.sentToSelfService,
        t.needsVisit,
        t.noAnswer,
        t.rate,
      ],
      rows:
        report.rows.length === 0
          ? []
          : [
              ...report.rows.map((row, i) => tableRow(row, labels[i], language)),
              tableRow(report.total, t.total, language, true),
            ],
      empty: t.none,
    },
    clicks: {
      id: 'table-clicks',
      caption: t.clicksCaption,
      head: [t.clickedLink, t.clicks],
      rows: report.clicks.map((click) => ({
        head: click.label,
        cells: [formatCount(click.clicks, language)],
      })),
      empty: t.noClicks,
    },
  };
}
