/**
 * What the <Chart> component shows, for a KPI or a chart of other figures: its title, the summary
 * sentence, the drawings, and the table of exactly the rows the downloads hold.
 */
import type { Kpi } from './schema.ts';
import type { CustomChart } from './chart-schema.ts';
import { chartRows, kpiDrawings } from './kpi-chart.ts';
import type { ChartDrawing } from '../../build/charts/draw-chart.ts';
import { cellInWords, customChartDrawings, summariseChart } from './custom-charts.ts';
import { statusLabel, summarise } from './model.ts';

export interface ChartModel {
  id: string;
  title: string;
  summary: string;
  /** Wide and narrow; none when there is no figure to draw. */
  drawings: ChartDrawing[];
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
