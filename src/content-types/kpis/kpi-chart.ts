/**
 * A KPI's rows (what its table shows and its downloads hold, in downloads.ts) and the Vega-Lite spec
 * of its chart, drawn from the same rows, so the chart, the table and the downloads cannot disagree.
 */
import type { Kpi } from './schema.ts';
import { comparators, missingReasons, units } from './schema.ts';
import {
  formatValue,
  latestBenchmarks,
  mainSeries,
  statusLabel,
  statusOf,
  summarise,
  targetInWords,
  type Status,
} from './model.ts';
import { comparePeriods, period } from './periods.ts';
import type { ChartDrawing } from '../../build/charts/draw-chart.ts';
import { remembered } from '../../shared/remembered.ts';

/** One row of a KPI's data: what the table shows and the downloads hold. */
export interface ChartRow {
  period: string;
  /** The period in words. */
  label: string;
  /** The short label drawn on the axis. */
  axis: string;
  basis: 'period' | 'year to date';
  value: number | null;
  /** The value in words with its unit, or why there is none. */
  shown: string;
  status: Status;
  target: number | null;
  missing: string | null;
  note: string | null;
  source: string;
}

/** Every observation of the KPI, oldest first, year-to-date figures after the figures of their year. */
export function chartRows(kpi: Kpi): ChartRow[] {
  const ordered = [...kpi.observations].sort(
    (a, b) => comparePeriods(a.period, b.period) || a.basis.localeCompare(b.basis),
  );
  return ordered.map((o) => ({
    period: o.period,
    label: `${period(o.period).label}${o.basis === 'year to date' ? ' (year to date)' : ''}`,
    axis: period(o.period).short,
    basis: o.basis,
    value: o.value,
    shown:
      o.value === null ? `No figure: ${missingReasons[o.missing!].toLowerCase()}` : formatValue(kpi, o.value),
    status: statusOf(kpi, o),
    // The target only where it applied: none before it was set.
    target: kpi.target && statusOf(kpi, o) !== 'not in force' ? kpi.target.value : null,
    missing: o.missing ?? null,
    note: o.note ?? null,
    source: o.source,
  }));
}

export const ink = '#0b0c0c';
export const line = '#1a4f8b';

/** The look every chart shares: the site's ink, readable text sizes, the legend below. */
export function chartConfig(narrow: boolean): Record<string, unknown> {
  return {
    font: 'system-ui, sans-serif',
    axis: {
      labelColor: ink,
      titleColor: ink,
      labelFontSize: 12,
      titleFontSize: 12,
      domainColor: ink,
      tickColor: ink,
      gridColor: '#d0d3d4',
    },
    legend: {
      labelColor: ink,
      titleColor: ink,
      orient: 'bottom',
      labelFontSize: 12,
      titleFontSize: 12,
      labelLimit: 0,
      ...(narrow ? { direction: 'vertical' } : {}),
    },
    mark: { color: line },
    view: { stroke: null },
  };
}

/** The rows the chart draws as a line: those of the KPI's main series (see mainSeries), in the table's order. */
export function mainRows(kpi: Kpi): ChartRow[] {
  const drawn = new Set(mainSeries(kpi).map((o) => o.period));
  return chartRows(kpi).filter((row) => row.basis === 'period' && drawn.has(row.period));
}

/** The drawings of a KPI's chart, wide and narrow; none when the source gives no figure at all (the table says why each is missing). */
export function kpiDrawings(kpi: Kpi): readonly ChartDrawing[] {
  return remembered(drawings, kpi, () =>
    chartRows(kpi).some((row) => row.value !== null)
      ? [
          { spec: kpiChartSpec(kpi), name: kpi.id },
          { spec: kpiChartSpec(kpi, 'narrow'), name: kpi.id },
        ]
      : [],
  );
}

/** A KPI's chart is on its own page, its organisation's and every plan that measures it: its specs are made once. */
const drawings = new WeakMap<Kpi, readonly ChartDrawing[]>();

/**
 * A line chart of the KPI's main series, with the target and the benchmarks drawn as labelled
 * dashed lines, and each point's status as a shape (circle met, triangle within tolerance, cross not
 * met) as well as in the table. Missing figures are gaps, never zeros. A narrow version is drawn for
 * small screens, so its text stays full size instead of being shrunk to fit.
 */
export function kpiChartSpec(kpi: Kpi, size: 'wide' | 'narrow' = 'wide'): Record<string, unknown> {
  const narrow = size === 'narrow';
  const rows = mainRows(kpi).map((row) => ({
    axis: row.axis,
    label: row.label,
    value: row.value,
    status: kpi.target ? statusLabel(row.status) : 'No target set',
    shown: row.value === null ? 'no figure' : row.shown,
  }));
  const order = rows.map((r) => r.axis);
  const present = new Set(rows.filter((r) => r.value !== null).map((r) => r.status));
  const shapes = (
    [
      ['✓ Met', 'circle'],
      ['~ Within tolerance', 'triangle-up'],
      ['✗ Not met', 'cross'],
      ['No target set', 'square'],
    ] as const
  ).filter(([label]) => present.has(label));
  const unit = units[kpi.unit];
  const references: { label: string; value: number; dash: number[] }[] = [];
  if (kpi.target)
    references.push({ label: `Target: ${targetInWords(kpi)}`, value: kpi.target.value, dash: [6, 3] });
  for (const b of latestBenchmarks(kpi))
    references.push({
      label: `${comparators[b.comparator]}: ${formatValue(kpi, b.value)}`,
      value: b.value,
      dash: [2, 2],
    });

  const layers: Record<string, unknown>[] = [
    {
      mark: { type: 'line', color: line, strokeWidth: 2, invalid: 'break-paths-show-domains' },
      encoding: {
        x: { field: 'axis', type: 'ordinal', sort: order },
        y: { field: 'value', type: 'quantitative' },
      },
    },
    {
      mark: { type: 'point', filled: true, size: 90, color: line, stroke: ink, strokeWidth: 1 },
      encoding: {
        x: { field: 'axis', type: 'ordinal', sort: order },
        y: { field: 'value', type: 'quantitative' },
        shape: {
          field: 'status',
          type: 'nominal',
          title: 'Against the target',
          scale: { domain: shapes.map(([label]) => label), range: shapes.map(([, shape]) => shape) },
          // Without a target there is nothing for the shapes to say.
          ...(kpi.target ? {} : { legend: null }),
        },
        tooltip: [
          { field: 'label', title: 'Period' },
          { field: 'shown', title: 'Figure' },
          { field: 'status', title: 'Against the target' },
        ],
      },
    },
  ];
  for (const ref of references)
    layers.push(
      {
        data: { values: [{ value: ref.value }] },
        mark: { type: 'rule', color: ink, strokeDash: ref.dash, strokeWidth: 1.5 },
        encoding: { y: { field: 'value', type: 'quantitative' } },
      },
      {
        data: { values: [{ value: ref.value, text: ref.label }] },
        mark: {
          type: 'text',
          align: 'right',
          baseline: 'bottom',
          dy: -3,
          x: 'width',
          color: ink,
          fontSize: 12,
        },
        encoding: { y: { field: 'value', type: 'quantitative' }, text: { field: 'text' } },
      },
    );

  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    // The page gives the chart its heading, so the drawing does not repeat it; the title is kept for screen readers.
    usermeta: { title: kpi.plainName },
    description: summarise(kpi),
    width: narrow ? 180 : 560,
    height: narrow ? 220 : 280,
    data: { values: rows },
    layer: layers,
    encoding: {},
    config: {
      ...chartConfig(narrow),
      axisX: { title: null, labelAngle: narrow ? -60 : -40 },
      axisY: { title: unit === 'per cent' ? 'Per cent' : unit.charAt(0).toUpperCase() + unit.slice(1) },
    },
    resolve: { scale: { y: 'shared' } },
  };
}

/** What the <Chart> component shows: the title, the summary sentence, the drawings, and the table of exactly the rows the downloads hold. */
export interface ChartModel {
  id: string;
  title: string;
  summary: string;
  /** Wide and narrow; none when there is no figure to draw. */
  drawings: readonly ChartDrawing[];
  caption: string;
  head: string[];
  rows: { cells: string[]; notes: (string | undefined)[]; source: string }[];
  /** The downloads' address without its extension: "/kpis/<id>". */
  base: string;
  note?: string;
}

export function kpiChartModel(kpi: Kpi): ChartModel {
  return {
    id: kpi.id,
    title: kpi.plainName,
    summary: summarise(kpi),
    drawings: kpiDrawings(kpi),
    caption: `${kpi.plainName}: every figure, oldest first`,
    head: ['Period', 'Figure', ...(kpi.target ? ['Against the target'] : [])],
    rows: chartRows(kpi).map((row) => ({
      cells: [
        row.label,
        row.shown,
        ...(kpi.target ? [row.value === null ? '–' : statusLabel(row.status)] : []),
      ],
      notes: [undefined, row.note ?? undefined],
      source: row.source,
    })),
    base: `/kpis/${kpi.id}`,
  };
}
