/** One row of the quartile chart: a dimension's peer quartiles and, on a benchmark, the organisation's level. */
export interface QuartileRow { label: string; q1: number | null; median: number | null; q3: number | null; own?: number | null }

export interface QuartileLabels { range: string; median: string; own: string; level: string }

/** What /static/js/charts.js draws for quartiles; the page shows the same figures in a table beside it. */
export interface QuartileChart { kind: 'quartiles'; rows: QuartileRow[]; labels: QuartileLabels }

/**
 * Quartiles per dimension: a bar from Q1 to Q3, a mark at the median and a diamond at the
 * organisation's own level, drawn in the browser (each benchmark differs by the organisation's own
 * level, so the server would draw nearly every one anew). No minimum or maximum is drawn: the
 * extremes of a group are single organisations.
 */
export function quartileChart(rows: QuartileRow[], labels: QuartileLabels): QuartileChart | null {
  const shown = rows.filter((r) => r.median !== null);
  return shown.length ? { kind: 'quartiles', rows: shown, labels } : null;
}
