/** /kpis/<id>.vl.json: the chart's Vega-Lite spec, fetched only when a reader asks for the interactive chart. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allKpis, kpiEntry } from '../../site/site.ts';
import { kpiChartSpec } from '../../content-types/kpis/kpi-chart.ts';

export const getStaticPaths = (() =>
  allKpis().map(({ kpi }) => ({ params: { id: kpi.id }, props: { id: kpi.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { kpi } = kpiEntry(props.id);
  return new Response(`${JSON.stringify(kpiChartSpec(kpi))}\n`, {
    headers: { 'content-type': 'application/json' },
  });
};
