/**
 * Time to render a chart, measured with the build's own functions outside the build: every chart of
 * a site (each KPI with a figure, each chart of other figures) is made into its Vega-Lite specs and
 * drawn to SVG wide and narrow, as Chart.astro does, one after another in one process.
 *
 * Run as a script, it loads the site named by LANTERN_CONTENT_DIR and LANTERN_DATA_DIR and prints
 * the result as JSON (the bench runs it in its own process, so its memory is not the bench's).
 */
import { fileURLToPath } from 'node:url';
import { loadSite, sitePaths } from '../../src/site/load.ts';
import { chartRows, kpiChartSpec } from '../../src/content-types/kpis/kpi-chart.ts';
import { customChartSpec } from '../../src/content-types/kpis/custom-charts.ts';
import { renderSvg } from '../../src/build/charts/render-chart.ts';

export interface ChartTiming {
  charts: number;
  /** Milliseconds per chart: both drawings (wide and narrow), as a page with one chart makes them. */
  meanMs: number;
  medianMs: number;
  worstMs: number;
  /** The first chart, drawn while the code is still cold. */
  firstMs: number;
  totalSeconds: number;
}

export async function timeCharts(): Promise<ChartTiming> {
  const site = loadSite(sitePaths());
  const specs: [Record<string, unknown>, Record<string, unknown>, string][] = [];
  for (const { data } of site.kpiFrameworks)
    for (const kpi of data.kpis)
      if (chartRows(kpi).some((row) => row.value !== null))
        specs.push([kpiChartSpec(kpi), kpiChartSpec(kpi, 'narrow'), kpi.id]);
  for (const { data } of site.charts)
    specs.push([customChartSpec(data), customChartSpec(data, 'narrow'), data.id]);
  const times: number[] = [];
  for (const [wide, narrow, id] of specs) {
    const started = performance.now();
    await Promise.all([renderSvg(wide, id), renderSvg(narrow, id)]);
    times.push(performance.now() - started);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    charts: times.length,
    meanMs: round(times.reduce((a, b) => a + b, 0) / Math.max(1, times.length)),
    medianMs: round(sorted[Math.floor(sorted.length / 2)] ?? 0),
    worstMs: round(sorted.at(-1) ?? 0),
    firstMs: round(times[0] ?? 0),
    totalSeconds: Math.round(times.reduce((a, b) => a + b, 0) / 100) / 10,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(JSON.stringify(await timeCharts()));
