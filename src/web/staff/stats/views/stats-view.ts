/**
 * What the statistics templates draw: a chart is data for stats.js (Chart.js) plus its accessible
 * name; a table holds the same numbers as text, and is what a screen reader reads.
 */
export interface ChartSeries {
  label: string;
  values: (number | null)[];
  /** Drawn as a line over the bars (the target), or dashed in a line chart (a second measure). */
  line?: boolean;
  dashed?: boolean;
}

export interface ChartData {
  kind: 'bar' | 'line';
  labels: string[];
  /** What the values are: per cent (axis 0–100), minutes, or counts. */
  unit: 'percent' | 'minutes' | 'count';
  stacked?: boolean;
  series: ChartSeries[];
}

export interface ChartView {
  /** The canvas's id, for the tests and the figure's caption. */
  id: string;
  /** The accessible name of the chart (the canvas's aria-label and the figure's caption). */
  name: string;
  /** Handed to stats.js in a data attribute (the page's CSP allows no inline script). */
  data: string;
}

export interface TableRowView {
  head: string;
  cells: string[];
  total?: boolean;
}

export interface TableView {
  id: string;
  caption: string;
  /** Column headings: the row heading's column first. */
  head: string[];
  rows: TableRowView[];
  /** Shown instead of the table when there is no row. */
  empty: string;
  /** How many cells after the row heading are words (left-aligned); the rest are numbers. */
  leading?: number;
}

export function chartView(id: string, name: string, data: ChartData): ChartView {
  return { id, name, data: JSON.stringify(data) };
}

/** The distinct values of a key in the order first seen; days sort as text (ISO dates). */
export function distinct<T>(items: T[], key: (item: T) => string): string[] {
  return [...new Set(items.map(key))];
}
