/**
 * Charts of figures that are not KPIs (data/charts/<id>.json): the full Vega-Lite spec built from the
 * author's rows and spec, a summary sentence worked out from the rows, and the CSV and JSON downloads
 * of exactly those rows. The rows feed the chart, the table and the downloads alike.
 */
import type { CustomChart } from './chart-schema.ts';
import { chartConfig, type ChartModel } from './kpi-chart.ts';
import type { ChartDrawing } from '../../build/charts/draw-chart.ts';
import { csv } from '../../shared/csv.ts';
import { formatNumber } from '../../shared/numbers.ts';

type Cell = string | number | null;

/** The rows as records keyed by field: the chart's data. */
export function chartValues(chart: CustomChart): Record<string, Cell>[] {
  return chart.rows.map((row) =>
    Object.fromEntries(chart.columns.map((column, i) => [column.field, row.cells[i] ?? null])),
  );
}

/** A cell as readers see it: figures in their unit, missing figures said plainly. */
export function cellInWords(chart: CustomChart, column: number, cell: Cell): string {
  const unit = chart.columns[column]!.unit;
  if (cell === null) return 'No figure';
  if (unit === 'text' || typeof cell === 'string') return String(cell);
  return formatNumber(cell, unit);
}

/** The fields a spec refers to, wherever they are ("field": "amount"). */
export function fieldsIn(spec: unknown): string[] {
  if (Array.isArray(spec)) return spec.flatMap(fieldsIn);
  if (spec === null || typeof spec !== 'object') return [];
  return Object.entries(spec).flatMap(([key, value]) =>
    key === 'field' && typeof value === 'string' ? [value] : fieldsIn(value),
  );
}

/** Fields a spec's transforms make ("as": "share" or ["measure", "share"]), which it may then use. */
export function fieldsMadeIn(spec: unknown): string[] {
  if (Array.isArray(spec)) return spec.flatMap(fieldsMadeIn);
  if (spec === null || typeof spec !== 'object') return [];
  return Object.entries(spec).flatMap(([key, value]) =>
    key === 'as' && (typeof value === 'string' || Array.isArray(value))
      ? [value].flat().filter((v): v is string => typeof v === 'string')
      : fieldsMadeIn(value),
  );
}

/**
 * One sentence from the rows: for the first figure column, which row is highest and which lowest.
 * "Income in 2023/24: highest for Local authority (£1,606,151) and lowest for Probation (£31,974), across 6 rows."
 */
export function summariseChart(chart: CustomChart): string {
  const label = chart.columns.findIndex((c) => c.unit === 'text');
  const figure = chart.columns.findIndex((c) => c.unit !== 'text');
  const rows = chart.rows.filter((r) => typeof r.cells[figure] === 'number');
  if (label < 0 || rows.length === 0) return `${chart.title}: the source gives no figures to compare.`;
  const sorted = [...rows].sort((a, b) => (b.cells[figure] as number) - (a.cells[figure] as number));
  const top = sorted[0]!;
  const bottom = sorted.at(-1)!;
  const name = (row: (typeof rows)[number]) =>
    `${row.cells[label]} (${cellInWords(chart, figure, row.cells[figure]!)})`;
  const missing = chart.rows.length - rows.length;
  return `${chart.columns[figure]!.label}: highest for ${name(top)} and lowest for ${name(bottom)}, across ${rows.length} rows${missing > 0 ? `; ${missing} without a figure` : ''}.`;
}

/** The drawings of a chart, wide and narrow. */
export function customChartDrawings(chart: CustomChart): ChartDrawing[] {
  return [
    { spec: customChartSpec(chart), name: chart.id },
    { spec: customChartSpec(chart, 'narrow'), name: chart.id },
  ];
}

/** The complete Vega-Lite spec, wide for the page or narrow for small screens. */
export function customChartSpec(
  chart: CustomChart,
  size: 'wide' | 'narrow' = 'wide',
): Record<string, unknown> {
  const narrow = size === 'narrow';
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    usermeta: { title: chart.title },
    description: summariseChart(chart),
    ...chart.spec,
    // The size is Lantern's, so every chart fits the page and has a narrow drawing for small screens.
    width: narrow ? 180 : 480,
    data: { values: chartValues(chart) },
    config: chartConfig(narrow),
  };
}

export function customChartCsv(chart: CustomChart): string {
  return csv([
    [...chart.columns.map((c) => c.field), 'source'],
    ...chart.rows.map((row) => [...row.cells, row.source]),
  ]);
}

export function customChartJson(chart: CustomChart): string {
  return `${JSON.stringify({ id: chart.id, title: chart.title, organisation: chart.organisation, columns: chart.columns, rows: chart.rows.map((row) => ({ ...chartValues({ ...chart, rows: [row] })[0], source: row.source })), note: chart.note ?? null, source: chart.source }, null, 2)}\n`;
}

export function customChartModel(chart: CustomChart): ChartModel {
  return {
    id: chart.id,
    title: chart.title,
    summary: summariseChart(chart),
    drawings: customChartDrawings(chart),
    caption: chart.title,
    head: chart.columns.map((c) => c.label),
    rows: chart.rows.map((row) => ({
      cells: row.cells.map((cell, i) => cellInWords(chart, i, cell)),
      notes: [],
      source: row.source,
    })),
    base: `/charts/${chart.id}`,
    note: chart.note,
  };
}
