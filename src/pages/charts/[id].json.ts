/** /charts/<id>.json: the figures as JSON, exactly as the page shows it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { customChart, customChartPaths } from '../../site/site.ts';
import { customChartJson } from '../../content-types/kpis/custom-charts.ts';

export const getStaticPaths = customChartPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const data = customChart(props.id);
  return new Response(customChartJson(data), { headers: { 'content-type': 'application/json' } });
};
