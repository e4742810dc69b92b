/** /charts/<id>.csv: the figures as CSV, exactly as the page shows it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { customChart, customChartPaths } from '../../site/site.ts';
import { customChartCsv } from '../../content-types/kpis/custom-charts.ts';

export const getStaticPaths = customChartPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const data = customChart(props.id);
  return new Response(customChartCsv(data), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
