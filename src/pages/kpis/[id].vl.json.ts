/** /kpis/<id>.vl.json: the chart's Vega-Lite spec, fetched only when a reader asks for the interactive chart. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { kpiEntry, kpiPaths } from '../../site/site.ts';
import { kpiChartSpec } from '../../content-types/kpis/kpi-chart.ts';

export const getStaticPaths = kpiPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { kpi } = kpiEntry(props.id);
  return new Response(`${JSON.stringify(kpiChartSpec(kpi))}\n`, {
    headers: { 'content-type': 'application/json' },
  });
};
