/** /charts/<id>.vl.json: the full Vega-Lite spec, for the interactive chart, exactly as the page shows it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { customChart, customChartPaths } from '../../site/site.ts';
import { customChartSpec } from '../../content-types/kpis/custom-charts.ts';

export const getStaticPaths = customChartPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const data = customChart(props.id);
  return new Response(`${JSON.stringify(customChartSpec(data))}\n`, {
    headers: { 'content-type': 'application/json' },
  });
};
